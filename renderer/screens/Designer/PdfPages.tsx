import { GlobalWorkerOptions, getDocument, PDFWorker } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { type ReactNode, useEffect, useRef } from 'react';
import styles from './Designer.module.css';

GlobalWorkerOptions.workerSrc = workerUrl;

// One pdf.js worker for every redraw: starting a worker (and parsing its 1 MB script) per preview
// would cost more than drawing the badges. Glyphs are drawn as paths (disableFontFace) rather than
// loaded as web fonts: a new document per edit would otherwise add its fonts to the page each time.
let shared: PDFWorker | null = null;
const worker = (): PDFWorker => (shared ??= new PDFWorker());

interface Props {
  readonly bytes: Uint8Array;
  readonly pageLabels: readonly string[];
  readonly captions: readonly ReactNode[];
  readonly maxWidth: number;
  readonly maxHeight: number;
  /** Called once every page is drawn (the bench and the tests wait for it). */
  readonly onRendered?: () => void;
}

/** Every page of a PDF side by side, each on its own canvas, drawn by pdf.js. */
export function PdfPages({ bytes, pageLabels, captions, maxWidth, maxHeight, onRendered }: Props) {
  const holder = useRef<HTMLDivElement>(null);
  const done = useRef(onRendered);
  done.current = onRendered;
  useEffect(() => {
    let cancelled = false;
    const task = getDocument({ data: bytes.slice(), isEvalSupported: false, worker: worker(), disableFontFace: true });
    void (async () => {
      const pdf = await task.promise;
      const canvases = [...(holder.current?.querySelectorAll('canvas') ?? [])];
      for (let i = 0; i < Math.min(pdf.numPages, canvases.length); i++) {
        const page = await pdf.getPage(i + 1);
        const unscaled = page.getViewport({ scale: 1 });
        const scale = Math.min(maxWidth / unscaled.width, maxHeight / unscaled.height);
        const ratio = window.devicePixelRatio || 1;
        const viewport = page.getViewport({ scale: scale * ratio });
        const target = canvases[i];
        if (cancelled || !target) return;
        // Drawn off screen first, then copied, so the old page stays until the new one is ready.
        const off = document.createElement('canvas');
        off.width = Math.round(viewport.width);
        off.height = Math.round(viewport.height);
        await page.render({ canvas: off, viewport }).promise;
        if (cancelled) return;
        target.width = off.width;
        target.height = off.height;
        target.style.width = `${Math.round(viewport.width / ratio)}px`;
        target.style.height = `${Math.round(viewport.height / ratio)}px`;
        target.getContext('2d')?.drawImage(off, 0, 0);
      }
      if (!cancelled) {
        holder.current?.setAttribute('data-rendered', String(Number(holder.current.dataset.rendered ?? 0) + 1));
        done.current?.();
      }
    })().catch(() => {});
    return () => {
      cancelled = true;
      void task.destroy();
    };
  }, [bytes, maxWidth, maxHeight]);
  return (
    <div ref={holder} className={styles.pages} data-testid="designer-preview-pages">
      {pageLabels.map((label, i) => (
        <figure key={i} className={styles.pageFigure}>
          <canvas role="img" aria-label={label} data-page={i} />
          <figcaption>{captions[i]}</figcaption>
        </figure>
      ))}
    </div>
  );
}
