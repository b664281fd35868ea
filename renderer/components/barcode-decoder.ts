import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

// The camera's decoder: the `barcode-detector` ponyfill over zxing-wasm, the same in Electron and
// every browser on every OS (Chromium's own BarcodeDetector exists on macOS, Android and ChromeOS
// only). zxing-wasm would fetch its .wasm from a CDN by default; the app runs offline, so the file
// is a Vite asset served by Foyer itself (app:// in Electron, `foyer serve` in a browser).

/** Tickets and badges: Foyer's own badges are QR; registration systems also print these. */
export const TICKET_FORMATS = ['qr_code', 'aztec', 'pdf417', 'code_128'] as const;

export interface Decoder {
  detect(source: ImageBitmapSource): Promise<{ rawValue: string }[]>;
}

let loading: Promise<Decoder> | null = null;

/** Loads the decoder once (its code and WebAssembly only when the camera is first opened). */
export function loadDecoder(): Promise<Decoder> {
  loading ??= import('barcode-detector/ponyfill').then(({ BarcodeDetector, setZXingModuleOverrides }) => {
    const local = new URL(wasmUrl, location.href).href;
    setZXingModuleOverrides({ locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? local : prefix + path) });
    return new BarcodeDetector({ formats: [...TICKET_FORMATS] });
  });
  return loading;
}
