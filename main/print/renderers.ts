import type { Db } from '../../db/open.ts';
import type { PrintJob } from '../../db/queries/print-jobs.ts';
import { pageSize } from '../badges/page-layout.ts';
import { renderBadgePdf } from '../badges/render-badge.ts';
import { renderSheetPdf } from '../sheets/render-sheet.ts';
import { resolveTemplate } from '../badges/resolve-template.ts';
import { DEFAULT_TEMPLATE } from '../badges/templates.ts';
import { RenderError, type RenderedDocument, type Renderers } from './render.ts';
import { renderTestPage } from './test-page.ts';

// The real documents: badges and meeting sheets from main/badges and main/sheets, at the page
// size of their template. Rendering is deterministic, so any failure here is final for the job.

async function badge(db: Db, job: PrintJob): Promise<RenderedDocument> {
  if (!job.attendeeId) throw new RenderError('A badge job names no attendee.');
  const templateName = job.template ?? DEFAULT_TEMPLATE;
  const [widthPt, heightPt] = pageSize(resolveTemplate(db, templateName).template);
  return { pdf: await renderBadgePdf(db, job.attendeeId, templateName), media: { widthPt, heightPt } };
}

// Meeting sheets print on A4 unless the job asks for A5 (its template field names the size).
const SHEET_MEDIA = { A4: { widthPt: 595.28, heightPt: 841.89 }, A5: { widthPt: 419.53, heightPt: 595.28 } } as const;

async function sheet(db: Db, job: PrintJob): Promise<RenderedDocument> {
  if (!job.attendeeId) throw new RenderError('A meeting-sheet job names no attendee.');
  const size = job.template === 'A5' ? 'A5' : 'A4';
  return { pdf: await renderSheetPdf(db, job.attendeeId, { size }), media: SHEET_MEDIA[size] };
}

const final = (render: (db: Db, job: PrintJob) => Promise<RenderedDocument>) => async (db: Db, job: PrintJob): Promise<RenderedDocument> => {
  try {
    return await render(db, job);
  } catch (err) {
    if (err instanceof RenderError) throw err;
    throw new RenderError(`Cannot render the ${job.kind}: ${err instanceof Error ? err.message : String(err)}`);
  }
};

export const documentRenderers: Renderers = {
  badge: final(badge),
  sheet: final(sheet),
  'test-page': final((_db, job) => renderTestPage(job)),
};
