import type { Db } from '../../db/open.ts';
import { getAttendee } from '../../db/queries/attendees.ts';
import { readConference } from '../../db/queries/conference.ts';
import { rosterCategories, sampleNames } from '../../db/queries/templates.ts';
import { loadBadgeData } from '../badges/badge-data.ts';
import { createBadgeDocument, toBuffer } from '../badges/badge-document.ts';
import { checkTemplate } from '../badges/resolve-template.ts';
import { needsMeetings } from '../../model/badge-template.ts';
import { InputError } from '../errors.ts';
import { CATEGORIES } from '../../model/attendee.ts';

// The designer's preview is drawn by the real renderer: the draft is validated like a saved
// template and rendered for a few people, one page each, with the elements whose text was cut.

export interface PreviewPage {
  readonly attendeeId: string;
  readonly name: string;
  readonly cut: { element: string; text: string }[];
}

export async function previewDraft(db: Db, draft: unknown, attendeeIds: readonly string[]): Promise<{ base64: string; pages: PreviewPage[] }> {
  const { template, assets } = checkTemplate(db, draft, 'the design');
  const event = readConference(db);
  if (!event) throw new InputError('No event in this database: set up the event first.');
  // The face alone, one per page, whatever sheet the template prints on.
  const face = { ...template, sheet: undefined };
  const b = createBadgeDocument(face, `Preview: ${template.name}`, assets);
  const pages: PreviewPage[] = [];
  for (const id of attendeeIds) {
    if (!getAttendee(db, id)) continue;
    const data = loadBadgeData(db, id, needsMeetings(template), event);
    const placed = b.add(data);
    const cut = new Map<string, string>();
    for (const line of placed) if (line.truncated && !cut.has(line.region)) cut.set(line.region, line.text);
    pages.push({ attendeeId: id, name: data.name, cut: [...cut].map(([element, text]) => ({ element, text })) });
  }
  if (pages.length === 0) throw new InputError('The roster is empty: import it to preview badges.');
  const pdf = await toBuffer(b.doc);
  return { base64: pdf.toString('base64'), pages };
}

/** The three people the preview shows, and every category a style can be set for. */
export function designerSamples(db: Db): { people: { id: string; name: string; category: string; why: 'longest' | 'shortest' | 'script' }[]; categories: string[] } {
  const s = sampleNames(db);
  const people: { id: string; name: string; category: string; why: 'longest' | 'shortest' | 'script' }[] = [];
  for (const why of ['longest', 'shortest', 'script'] as const) {
    const p = s[why];
    if (p && !people.some((x) => x.id === p.id)) people.push({ ...p, why });
  }
  const categories = [...CATEGORIES, ...rosterCategories(db).filter((c) => !(CATEGORIES as readonly string[]).includes(c))];
  return { people, categories };
}
