// The Content-Security-Policy of the renderer, in Electron (app://) and in a browser alike:
// our own scripts and styles only (pdf.js, which draws the badge preview, runs its worker from our
// own files: worker-src falls back to script-src); images may be data:/blob: (logo, QR codes); the
// camera stream for the QR scanner; no plugins, no frames, no form posts. 'wasm-unsafe-eval' lets
// the camera's barcode decoder (zxing-wasm, served from our own files) compile its WebAssembly; it
// allows no eval() of JavaScript.
export const RENDERER_CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' blob: mediastream:",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
