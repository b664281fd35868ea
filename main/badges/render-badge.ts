import type { Db } from '../../db/open.ts';
import { loadBadgeData } from './badge-data.ts';
import { createBadgeDocument, toBuffer } from './badge-document.ts';
import { resolveTemplate } from './resolve-template.ts';
import { needsMeetings } from '../../model/badge-template.ts';
import { DEFAULT_TEMPLATE } from './templates.ts';

/** One person's badge as a PDF (the print queue and the HTTP API call this), in a bundled or saved template. */
export async function renderBadgePdf(db: Db, attendeeId: string, templateName: string = DEFAULT_TEMPLATE): Promise<Buffer> {
  const { template: t, assets } = resolveTemplate(db, templateName);
  const data = loadBadgeData(db, attendeeId, needsMeetings(t));
  const b = createBadgeDocument(t, `Badge: ${data.name}`, assets);
  b.add(data);
  return toBuffer(b.doc);
}
