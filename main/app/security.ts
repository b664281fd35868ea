import { app, type BrowserWindow, Menu, session, type WebContents, type WebPreferences } from 'electron';
import { APP_CSP, isAppUrl, kioskSwallows, permissionAllowed } from './policy.ts';

// Every security setting of the shell in one file: web preferences, CSP, navigation, new
// windows, permissions, and the kiosk lockdown.

export function webPreferences(preload: string, kiosk: boolean): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: !kiosk && !app.isPackaged,
  };
}

/** Session-wide guards: CSP on every response, and no permission except the camera for our pages. */
export function secureSession(): void {
  const s = session.defaultSession;
  s.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [APP_CSP] } });
  });
  s.setPermissionRequestHandler((_wc, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : [];
    callback(permissionAllowed(permission, details.requestingUrl, mediaTypes ?? []));
  });
  s.setPermissionCheckHandler((_wc, permission, requestingOrigin) => permissionAllowed(permission, requestingOrigin, undefined));
  s.setDevicePermissionHandler(() => false);
  s.on('will-download', (event) => event.preventDefault());
}

/** Applied to every web contents ever created: no navigation away, no new windows, no webviews. */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export interface KioskLock {
  readonly active: () => boolean;
  /** Leaves kiosk mode; only called after the staff PIN was verified. */
  readonly leave: () => void;
}

/** Full screen, no menu, no escape keys, no closing: left only through kiosk.leave with the staff PIN. */
export function lockKiosk(win: BrowserWindow): KioskLock {
  let locked = true;
  Menu.setApplicationMenu(null);
  win.setMenuBarVisibility(false);
  win.setKiosk(true);
  win.setFullScreen(true);
  win.setClosable(false);
  win.webContents.on('before-input-event', (event, input) => {
    if (locked && kioskSwallows(input)) event.preventDefault();
  });
  win.on('close', (event) => {
    if (locked) event.preventDefault();
  });
  win.on('leave-full-screen', () => {
    if (locked) win.setFullScreen(true);
  });
  return {
    active: () => locked,
    leave: () => {
      locked = false;
      win.setClosable(true);
      win.setKiosk(false);
      win.setFullScreen(false);
    },
  };
}
