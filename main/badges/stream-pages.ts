import { once } from 'node:events';
import type { Writable } from 'node:stream';

const PROGRESS_EVERY = 50;

/**
 * Streams a many-page PDF to `out`: draws one item at a time, reports progress, and waits for the
 * written pages to drain before drawing more, so a batch of thousands stays small in memory.
 */
export async function streamPages(
  doc: PDFKit.PDFDocument,
  out: Writable,
  ids: readonly string[],
  drawOne: (id: string) => void,
  onProgress: (done: number, total: number) => void,
): Promise<number> {
  const finished = once(out, 'finish');
  doc.pipe(out);
  for (const [i, id] of ids.entries()) {
    drawOne(id);
    if ((i + 1) % PROGRESS_EVERY === 0) {
      onProgress(i + 1, ids.length);
      if (out.writableNeedDrain) await once(out, 'drain');
    }
  }
  doc.end();
  await finished;
  onProgress(ids.length, ids.length);
  return ids.length;
}
