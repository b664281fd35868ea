import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useEffect, useRef, useState } from 'react';

// The first page of a PDF drawn on a canvas with pdf.js. An <iframe> would need the browser's PDF
// plugin, which headless Chromium lacks and the app's CSP (no plugins) rightly refuses.
GlobalWorkerOptions.workerSrc = workerUrl;

interface Props {
  readonly bytes: Uint8Array;
  /** CSS pixels the page may take at most; it keeps its proportions. */
  readonly maxWidth: number;
  readonly maxHeight: number;
  readonly label: string;
}

export function PdfPreview({ bytes, maxWidth, maxHeight, label }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    const task = getDocument({ data: bytes.slice(), isEvalSupported: false });
    void (async () => {
      try {
        const pdf = await task.promise;
        const page = await pdf.getPage(1);
        const unscaled = page.getViewport({ scale: 1 });
        const scale = Math.min(maxWidth / unscaled.width, maxHeight / unscaled.height);
        const ratio = window.devicePixelRatio || 1;
        const viewport = page.getViewport({ scale: scale * ratio });
        const target = canvas.current;
        if (cancelled || !target) return;
        target.width = Math.round(viewport.width);
        target.height = Math.round(viewport.height);
        target.style.width = `${Math.round(viewport.width / ratio)}px`;
        target.style.height = `${Math.round(viewport.height / ratio)}px`;
        await page.render({ canvas: target, viewport }).promise;
        if (!cancelled) target.dataset.rendered = 'true';
      } catch (err) {
        if (!cancelled) setFailed(err instanceof Error ? err.message : String(err));
      }
    })();
    return () => {
      cancelled = true;
      void task.destroy();
    };
  }, [bytes, maxWidth, maxHeight]);

  if (failed) return <p className="muted">{failed}</p>;
  // Sized (and shown) only once drawn: a blank default-sized canvas would flash first.
  return <canvas ref={canvas} role="img" aria-label={label} data-testid="pdf-preview" style={{ width: 0, height: 0 }} />;
}
