// The shell's security decisions as plain functions (no electron import), so they are tested in
// Node. security.ts wires them to Electron's hooks.

export const APP_SCHEME = 'app';
export const APP_HOST = 'foyer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

export const isAppUrl = (url: string): boolean => {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
};

/**
 * Only the camera, only for our own pages (the QR scanner). Microphone, screen capture,
 * notifications, geolocation, USB … are all refused.
 */
export function permissionAllowed(permission: string, requestingUrl: string, mediaTypes: readonly string[] | undefined): boolean {
  if (permission !== 'media' || !isAppUrl(requestingUrl)) return false;
  // A check (no media types known yet) may pass; a request must ask for video and nothing else.
  return mediaTypes === undefined || (mediaTypes.length > 0 && mediaTypes.every((t) => t === 'video'));
}

/**
 * Downloads are refused, except files our own page made (blob: URLs of app://foyer: the
 * organisers' lists from the dashboard), and never while the window is a locked kiosk.
 */
export const downloadAllowed = (url: string, kioskLocked: boolean): boolean => !kioskLocked && url.startsWith(`blob:${APP_ORIGIN}/`);

export interface KeyInput {
  readonly type: string;
  readonly key: string;
  readonly control: boolean;
  readonly meta: boolean;
  readonly alt: boolean;
}

/** Keys that would close, reload, zoom, print or leave the kiosk, or open developer tools. */
export function kioskSwallows(input: KeyInput): boolean {
  if (input.type !== 'keyDown') return false;
  const key = input.key.toLowerCase();
  const mod = input.control || input.meta;
  if (['f1', 'f3', 'f4', 'f5', 'f6', 'f7', 'f11', 'f12', 'escape', 'browserback', 'browserforward', 'browserhome', 'browserrefresh'].includes(key)) return true;
  if (input.alt && ['f4', 'arrowleft', 'arrowright', 'home', 'tab', ' '].includes(key)) return true;
  if (mod && ['w', 'q', 'r', 'n', 't', 'p', 'o', 's', 'l', 'h', 'j', 'u', 'i', 'm', 'f', 'g', '+', '-', '=', '0', 'tab'].includes(key)) return true;
  return false;
}

/** The CSP of every app:// page; the HTTP transport sends the same one. */
export { RENDERER_CSP as APP_CSP } from '../api/csp.ts';
