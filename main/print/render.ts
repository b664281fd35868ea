import type { Db } from '../../db/open.ts';
import type { PrintJob } from '../../db/queries/print-jobs.ts';
import type { JobKind } from '../../model/print-jobs.ts';
import type { Media } from './spoolers/spooler.ts';

// The queue does not know how badges look: it asks a renderer per kind of job for the PDF and
// the page size the printer must be told (the template's, never scaled).

export interface RenderedDocument {
  readonly pdf: Buffer;
  readonly media: Media;
}

export type DocumentRenderer = (db: Db, job: PrintJob) => Promise<RenderedDocument>;
export type Renderers = Readonly<Record<JobKind, DocumentRenderer>>;

export const MM = 72 / 25.4;
export const mediaFromMm = (widthMm: number, heightMm: number): Media => ({ widthPt: widthMm * MM, heightPt: heightMm * MM });

/** A document that cannot be rendered (no such person, no such template): retrying will not help. */
export class RenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RenderError';
  }
}
