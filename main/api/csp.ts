// The Content-Security-Policy of the renderer, in Electron (app://) and in a browser alike:
// our own scripts and styles only; images may be data:/blob: (logo, QR codes, previews); the
// camera stream for the QR scanner; no plugins, no framing by others, no form posts.
export const RENDERER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' blob: mediastream:",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
