import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { hostname, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, type BrowserWindow, dialog, protocol, safeStorage } from 'electron';
import { openRoster } from '../search/open-roster.ts';
import { startBackground } from '../api/background.ts';
import { ensureConference } from '../api/ensure-conference.ts';
import { createApi } from '../api/handlers.ts';
import { contentTypeOf, resolveInside } from '../api/http-static.ts';
import { UpdateBus } from '../api/updates.ts';
import { resolveDbPath } from '../paths.ts';
import { appDatabaseKey } from '../privacy/app-key.ts';
import { registerIpc } from './ipc.ts';
import { APP_CSP, APP_ENTRY, APP_HOST, APP_SCHEME } from './policy.ts';
import { createSecureWindow, guardWebContents, type KioskLock, lockKiosk, secureSession } from './security.ts';

// The Electron shell: lifecycle, one window, the renderer from app://, the API over IPC.
// Built by electron-vite into out/main/index.js; the renderer lands in out/renderer.
const here = dirname(fileURLToPath(import.meta.url));
const RENDERER_DIR = join(here, '../renderer');
const PRELOAD = join(here, '../preload/preload.cjs');
const KIOSK = process.argv.includes('--kiosk') || process.env.FOYER_KIOSK === '1';

// app:// behaves like https (secure context for the camera, fetch, relative URLs); must precede ready.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let kiosk: KioskLock | null = null;

async function serveRenderer(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const file = url.host === APP_HOST ? resolveInside(RENDERER_DIR, url.pathname === '/' ? '/index.html' : url.pathname) : null;
  if (!file) return new Response('Forbidden', { status: 403 });
  try {
    const body = await readFile(file);
    return new Response(body, { headers: { 'content-type': contentTypeOf(file), 'content-security-policy': APP_CSP } });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

function createWindow(): BrowserWindow {
  const win = createSecureWindow(PRELOAD, KIOSK);
  win.once('ready-to-show', () => win.show());
  if (KIOSK) kiosk = lockKiosk(win);
  void win.loadURL(KIOSK ? `${APP_ENTRY}#/kiosk` : APP_ENTRY);
  return win;
}

function start(): void {
  secureSession(() => kiosk?.active() ?? false);
  protocol.handle(APP_SCHEME, serveRenderer);
  const dbPath = resolveDbPath(undefined);
  mkdirSync(dirname(dbPath), { recursive: true });
  // Encrypted at rest: a new database gets a random key sealed by the OS keychain (app-key.ts).
  // On Linux without a keyring, safeStorage falls back to a fixed password ('basic_text'): no keychain.
  const keychain = {
    isEncryptionAvailable: () => safeStorage.isEncryptionAvailable() && (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
    encryptString: (plain: string) => safeStorage.encryptString(plain),
    decryptString: (sealed: Buffer) => safeStorage.decryptString(sealed),
  };
  const { key, source } = appDatabaseKey(dbPath, keychain);
  if (source === 'no-keychain') console.warn('foyer: no OS keychain to keep a database key in: this database is not encrypted.');
  const db = openRoster(dbPath, { key });
  const actor = { desk: process.env.FOYER_DESK ?? hostname(), operator: userInfo().username };
  ensureConference(db, actor);
  const bus = new UpdateBus();
  const background = startBackground(db, actor, bus);
  const api = createApi({ db, actor, bus, printQueued: background.kick, leaveKiosk: () => kiosk?.leave() });
  registerIpc(api, () => kiosk?.active() ?? false);
  // A desk set up to sync (Setup screen or `foyer sync`) syncs whenever the app is open.
  api.sync.resume();
  mainWindow = createWindow();
  app.on('will-quit', (event) => {
    // Let sync and the print worker finish their step before the database closes.
    event.preventDefault();
    void Promise.allSettled([api.sync.close(), background.stop()]).finally(() => {
      db.close();
      app.exit(0);
    });
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      dialog.showErrorBox('Foyer could not start', err instanceof Error ? err.message : String(err));
      app.exit(1);
    });
}
