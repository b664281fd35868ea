import { app, BrowserWindow, Menu, session, type WebContents } from 'electron';
import { APP_CSP, downloadAllowed, isAppUrl, kioskSwallows, permissionAllowed } from './policy.ts';

// Every security setting of the shell in one file: web preferences, CSP, navigation, new
// windows, permissions, and the kiosk lockdown.

/**
 * The only way the shell creates a window. The options are written out literally (not computed)
 * so that reviewers and electronegativity see exactly what every window runs with.
 */
export function createSecureWindow(preload: string, kiosk: boolean): BrowserWindow {
  return new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 600,
    show: false,
    title: 'Foyer',
    autoHideMenuBar: true,
    webPreferences: {
      // electronegativity flags every preload for manual review (PRELOAD_JS_CHECK). Reviewed: the
      // preload exposes one function per contract method on fixed channels, no ipcRenderer, no
      // generic invoke, no Node API; main validates every input and checks the sender frame.
      preload, // eng-disable PRELOAD_JS_CHECK
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
      // Middle-click would otherwise open links in new windows, bypassing will-navigate.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      devTools: !kiosk && !app.isPackaged,
    },
  });
}

/**
 * Session-wide guards: CSP on every response, no permission except the camera for our pages, and
 * no download but the lists our dashboard makes (Electron then asks where to save them).
 */
export function secureSession(kioskLocked: () => boolean): void {
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
  s.on('will-download', (event, item) => {
    if (!downloadAllowed(item.getURL(), kioskLocked())) event.preventDefault();
  });
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
