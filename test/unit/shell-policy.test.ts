import { describe, expect, it } from 'vitest';
import { downloadAllowed, isAppUrl, kioskSwallows, permissionAllowed } from '../../main/app/policy.ts';

const key = (k: string, mods: Partial<{ control: boolean; meta: boolean; alt: boolean }> = {}) => ({
  type: 'keyDown', key: k, control: false, meta: false, alt: false, ...mods,
});

describe('shell policy', () => {
  it('recognises only our own app:// origin', () => {
    expect(isAppUrl('app://foyer/index.html#/desk')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://foyer/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('grants the camera to our pages and nothing else to anyone', () => {
    expect(permissionAllowed('media', 'app://foyer/index.html', ['video'])).toBe(true);
    expect(permissionAllowed('media', 'app://foyer/index.html', ['video', 'audio'])).toBe(false);
    expect(permissionAllowed('media', 'app://foyer/index.html', ['audio'])).toBe(false);
    expect(permissionAllowed('media', 'https://evil.example/', ['video'])).toBe(false);
    for (const p of ['notifications', 'geolocation', 'openExternal', 'clipboard-read', 'display-capture', 'usb']) {
      expect(permissionAllowed(p, 'app://foyer/index.html', undefined), p).toBe(false);
    }
  });

  it('lets only our own page save a file, and not from a locked kiosk', () => {
    expect(downloadAllowed('blob:app://foyer/6f1c2a9e-0d1b-4b4e-9a7e-2f0c1d3e4b5a', false)).toBe(true);
    expect(downloadAllowed('blob:app://foyer/6f1c2a9e-0d1b-4b4e-9a7e-2f0c1d3e4b5a', true)).toBe(false);
    for (const url of ['https://evil.example/setup.exe', 'blob:app://evil/6f1c2a9e', 'blob:null/6f1c2a9e', 'app://foyer/index.html', 'data:text/csv,a']) {
      expect(downloadAllowed(url, false), url).toBe(false);
    }
  });

  it('swallows the keys that would leave, close or reload the kiosk, but not typing', () => {
    for (const k of [key('F4', { alt: true }), key('w', { control: true }), key('q', { meta: true }), key('Escape'), key('F11'), key('F5'), key('r', { control: true }), key('I', { control: true })]) {
      expect(kioskSwallows(k), JSON.stringify(k)).toBe(true);
    }
    for (const k of [key('a'), key('A'), key('Enter'), key('Backspace'), key('ț'), key('@', { alt: true })]) {
      expect(kioskSwallows(k), JSON.stringify(k)).toBe(false);
    }
    expect(kioskSwallows({ ...key('w', { control: true }), type: 'keyUp' })).toBe(false);
  });
});
