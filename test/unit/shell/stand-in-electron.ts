// A stand-in for the 'electron' module that records what the shell asks of it. The real module
// cannot load here (no Electron binary), and the shell's wiring is what these tests check: which
// handlers it registers, with which options it makes windows, how it answers navigation and
// permission requests. Nothing here decides anything; the shell's own code does.

type Listener = (...args: never[]) => unknown;

export class Recorder {
  readonly appListeners = new Map<string, Listener[]>();
  readonly ipcHandlers = new Map<string, Listener[]>();
  readonly windows: StandInWindow[] = [];
  readonly protocolHandlers = new Map<string, Listener>();
  readonly privilegedSchemes: unknown[] = [];
  readonly errors: string[] = [];
  permissionRequest: Listener | null = null;
  permissionCheck: Listener | null = null;
  sandboxEnabled = false;
  exitCode: number | null = null;
}

export const recorder = new Recorder();

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(name: string, fn: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), fn]);
    return this;
  }
  once(name: string, fn: Listener): this {
    return this.on(name, fn);
  }
  removeListener(): this {
    return this;
  }
  emit(name: string, ...args: unknown[]): void {
    for (const fn of this.listeners.get(name) ?? []) (fn as (...a: unknown[]) => unknown)(...args);
  }
}

export class StandInWebContents extends Emitter {
  url = '';
  windowOpenHandler: ((details: unknown) => unknown) | null = null;
  sent: unknown[] = [];
  setWindowOpenHandler(fn: (details: unknown) => unknown): void {
    this.windowOpenHandler = fn;
  }
  getURL(): string {
    return this.url;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  isDestroyed(): boolean {
    return false;
  }
}

export class StandInWindow extends Emitter {
  readonly webContents = new StandInWebContents();
  kiosk = false;
  fullScreen = false;
  closable = true;
  loaded: string | null = null;
  readonly options: { webPreferences: Record<string, unknown> } & Record<string, unknown>;
  constructor(options: { webPreferences: Record<string, unknown> } & Record<string, unknown>) {
    super();
    this.options = options;
    recorder.windows.push(this);
  }
  static getAllWindows(): StandInWindow[] {
    return recorder.windows;
  }
  loadURL(url: string): Promise<void> {
    this.loaded = url;
    this.webContents.url = url;
    return Promise.resolve();
  }
  setKiosk(on: boolean): void {
    this.kiosk = on;
  }
  setFullScreen(on: boolean): void {
    this.fullScreen = on;
  }
  setClosable(on: boolean): void {
    this.closable = on;
  }
  setMenuBarVisibility(): void {}
  isDestroyed(): boolean {
    return false;
  }
  isMinimized(): boolean {
    return false;
  }
  show(): void {}
  focus(): void {}
  restore(): void {}
}

export const electron = {
  app: {
    isPackaged: false,
    enableSandbox: () => {
      recorder.sandboxEnabled = true;
    },
    requestSingleInstanceLock: () => true,
    on: (name: string, fn: Listener) => {
      recorder.appListeners.set(name, [...(recorder.appListeners.get(name) ?? []), fn]);
    },
    whenReady: () => Promise.resolve(),
    quit: () => {},
    exit: (code: number) => {
      recorder.exitCode = code;
    },
  },
  BrowserWindow: StandInWindow,
  ipcMain: {
    handle: (channel: string, fn: Listener) => {
      recorder.ipcHandlers.set(channel, [...(recorder.ipcHandlers.get(channel) ?? []), fn]);
    },
  },

  dialog: { showErrorBox: (title: string, text: string) => recorder.errors.push(`${title}: ${text}`) },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => recorder.privilegedSchemes.push(...schemes),
    handle: (scheme: string, fn: Listener) => recorder.protocolHandlers.set(scheme, fn),
  },
  Menu: { setApplicationMenu: () => {} },
  // The OS keychain: sealing is reversible here, which is all the shell's wiring needs.
  safeStorage: {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptString: (plain: string) => Buffer.from(`sealed:${plain}`),
    decryptString: (sealed: Buffer) => sealed.toString().replace(/^sealed:/, ''),
  },
  session: {
    defaultSession: {
      webRequest: { onHeadersReceived: () => {} },
      setPermissionRequestHandler: (fn: Listener) => {
        recorder.permissionRequest = fn;
      },
      setPermissionCheckHandler: (fn: Listener) => {
        recorder.permissionCheck = fn;
      },
      setDevicePermissionHandler: () => {},
      on: () => {},
    },
  },
};
