import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDb } from '../../../db/open.ts';
import { channelOf, METHOD_NAMES } from '../../../main/api/contract.ts';
import { setStaffPin } from '../../../main/staff/pin.ts';
import { recorder, StandInWebContents, type StandInWindow } from './stand-in-electron.ts';

// The Electron shell (main/app/main.ts) loaded for real, with a stand-in 'electron' module that
// records what it is asked to do: the wiring is checked here; the binary itself cannot run.
vi.mock('electron', async () => {
  const { electron } = await import('./stand-in-electron.ts');
  return { ...electron, default: electron };
});

const ROOT = join(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'foyer-shell-'));
const dbPath = join(dir, 'foyer.sqlite');
let win: StandInWindow;

type Answer = { ok: boolean; value?: unknown; error?: { code: string } };
const invoke = (method: string, input: unknown, frameUrl = 'app://foyer/index.html#/kiosk'): Promise<Answer> => {
  const [handler] = recorder.ipcHandlers.get(channelOf(method as never)) ?? [];
  if (!handler) throw new Error(`no IPC handler for ${method}`);
  return (handler as (event: unknown, input: unknown) => Promise<Answer>)({ senderFrame: { url: frameUrl } }, input);
};
const appListener = (name: string): ((...args: unknown[]) => unknown) => {
  const [fn] = recorder.appListeners.get(name) ?? [];
  if (!fn) throw new Error(`the shell registered no ${name} listener`);
  return fn as (...args: unknown[]) => unknown;
};
const prevented = (): { preventDefault: () => void; done: boolean } => {
  const e = { done: false, preventDefault: () => (e.done = true) };
  return e;
};

beforeAll(async () => {
  process.env.FOYER_DB = dbPath;
  process.env.FOYER_DESK = 'Kiosk at the entrance';
  process.env.FOYER_KIOSK = '1';
  await import('../../../main/app/main.ts');
  await vi.waitFor(() => expect(recorder.windows).toHaveLength(1), { timeout: 20_000 });
  win = recorder.windows[0] as StandInWindow;
});

afterAll(async () => {
  appListener('will-quit')(prevented());
  await vi.waitFor(() => expect(recorder.exitCode).toBe(0), { timeout: 20_000 });
  rmSync(dir, { recursive: true, force: true });
});

describe('the Electron shell', () => {
  it('registers exactly one IPC handler per contract method, and no other channel', () => {
    expect([...recorder.ipcHandlers.keys()].sort()).toEqual(METHOD_NAMES.map((m) => channelOf(m)).sort());
    for (const [channel, handlers] of recorder.ipcHandlers) expect(handlers, channel).toHaveLength(1);
  });

  it('answers IPC from its own page and refuses it from any other frame', async () => {
    expect((await invoke('event.get', {})).ok).toBe(true);
    expect(await invoke('event.get', {}, 'https://evil.example/')).toMatchObject({ ok: false, error: { code: 'denied' } });
  });

  it('gives the window the preload the build produces beside out/main (out/preload/preload.cjs)', () => {
    const preload = String(win.options.webPreferences.preload);
    expect(relative(join(ROOT, 'main/app'), preload)).toBe(join('..', 'preload', 'preload.cjs'));
  });

  it('makes the window with the hardened web preferences and the sandbox on', () => {
    expect(recorder.sandboxEnabled).toBe(true);
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false,
      experimentalFeatures: false, devTools: false,
    });
    expect(recorder.privilegedSchemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
  });

  it('refuses navigation away, new windows and webviews in every web contents', () => {
    const contents = new StandInWebContents();
    appListener('web-contents-created')({}, contents);
    const away = prevented();
    contents.emit('will-navigate', away, 'https://evil.example/');
    const home = prevented();
    contents.emit('will-navigate', home, 'app://foyer/index.html#/desk');
    const redirect = prevented();
    contents.emit('will-redirect', redirect, 'http://127.0.0.1:9/');
    const webview = prevented();
    contents.emit('will-attach-webview', webview);
    expect([away.done, home.done, redirect.done, webview.done]).toEqual([true, false, true, true]);
    expect(contents.windowOpenHandler?.({ url: 'app://foyer/index.html' })).toEqual({ action: 'deny' });
  });

  it('grants the camera to its own page and refuses every other permission', () => {
    const ask = (permission: string, requestingUrl: string, mediaTypes?: string[]): boolean => {
      let granted: boolean | null = null;
      recorder.permissionRequest?.({} as never, permission as never, ((g: boolean) => (granted = g)) as never, { requestingUrl, mediaTypes } as never);
      if (granted === null) throw new Error('the permission handler did not answer');
      return granted;
    };
    expect(ask('media', 'app://foyer/index.html', ['video'])).toBe(true);
    expect(ask('media', 'app://foyer/index.html', ['video', 'audio'])).toBe(false);
    expect(ask('media', 'https://evil.example/', ['video'])).toBe(false);
    for (const p of ['geolocation', 'notifications', 'clipboard-read', 'display-capture', 'openExternal']) {
      expect(ask(p, 'app://foyer/index.html'), p).toBe(false);
    }
  });

  it('locks the kiosk window and lets it go only with the staff PIN', async () => {
    expect(win.loaded).toBe('app://foyer/index.html#/kiosk');
    expect([win.kiosk, win.fullScreen, win.closable]).toEqual([true, true, false]);
    const close = prevented();
    win.emit('close', close);
    expect(close.done).toBe(true);

    const other = openDb(dbPath);
    await setStaffPin(other, '482913');
    other.close();
    expect(await invoke('kiosk.leave', { pin: '000000' })).toMatchObject({ ok: true, value: { left: false } });
    expect(win.kiosk).toBe(true);
    expect(await invoke('kiosk.leave', { pin: '482913' })).toMatchObject({ ok: true, value: { left: true } });
    expect([win.kiosk, win.closable]).toEqual([false, true]);
  });
});
