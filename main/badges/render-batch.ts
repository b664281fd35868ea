import type { Writable } from 'node:stream';
import type { Db } from '../../db/open.ts';
import { readConference } from '../../db/queries/conference.ts';
import { InputError } from '../errors.ts';
import { loadBadgeData } from './badge-data.ts';
import { createBadgeDocument } from './badge-document.ts';
import { streamPages } from './stream-pages.ts';
import { resolveTemplate } from './resolve-template.ts';
import { needsMeetings } from '../../model/badge-template.ts';
import { DEFAULT_TEMPLATE } from './templates.ts';

export const BADGE_SORTS = ['name', 'organisation', 'country'] as const;
export type BadgeSort = (typeof BADGE_SORTS)[number];

export interface BadgeSelection {
  readonly category?: string;
  readonly sort?: BadgeSort;
}

interface Row { id: string; name: string; family: string; organisation: string; country: string }

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Active attendees to pre-print, optionally of one category, in the order the badges are handed out. */
export function selectBadgeIds(db: Db, s: BadgeSelection = {}): string[] {
  const rows = db
    .prepare(
      `SELECT id, display_name AS name, family_name AS family, organisation, country FROM attendees
       WHERE status = 'active' AND (? IS NULL OR category = ?) ORDER BY rowid`,
    )
    .all(s.category ?? null, s.category ?? null) as Row[];
  const byName = (a: Row, b: Row): number => collator.compare(a.family || a.name, b.family || b.name) || collator.compare(a.name, b.name);
  const sorts: Record<BadgeSort, (a: Row, b: Row) => number> = {
    name: byName,
    organisation: (a, b) => collator.compare(a.organisation, b.organisation) || byName(a, b),
    country: (a, b) => collator.compare(a.country, b.country) || collator.compare(a.organisation, b.organisation) || byName(a, b),
  };
  return rows.sort(sorts[s.sort ?? 'name']).map((r) => r.id);
}

/**
 * Streams the badges of `ids` into `out` as one PDF (n-up on sheet templates), so a thousand
 * badges never sit in memory at once. Reports progress every 50 badges and at the end.
 */
export async function renderBadgeBatch(
  db: Db, ids: readonly string[], out: Writable, templateName: string = DEFAULT_TEMPLATE,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<number> {
  const { template: t, assets } = resolveTemplate(db, templateName);
  const event = readConference(db);
  if (!event) throw new InputError('No event in this database: run `foyer event create` first.');
  const b = createBadgeDocument(t, `Badges: ${event.settings.name}`, assets);
  return streamPages(b.doc, out, ids, (id) => b.add(loadBadgeData(db, id, needsMeetings(t), event)), onProgress);
}
