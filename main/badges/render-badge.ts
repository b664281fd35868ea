import type { Db } from '../../db/open.ts';
import { loadBadgeData } from './badge-data.ts';
import { createBadgeDocument, toBuffer } from './badge-document.ts';
import { DEFAULT_TEMPLATE, loadTemplate } from './templates.ts';

/** One person's badge as a PDF (the print queue and the HTTP API call this). */
export async function renderBadgePdf(db: Db, attendeeId: string, templateName: string = DEFAULT_TEMPLATE): Promise<Buffer> {
  const t = loadTemplate(templateName);
  const data = loadBadgeData(db, attendeeId, t.fold !== undefined);
  const b = createBadgeDocument(t, `Badge: ${data.name}`);
  b.add(data);
  return toBuffer(b.doc);
}
