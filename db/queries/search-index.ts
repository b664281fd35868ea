import type { Db } from '../open.ts';
import { prepared } from '../prepared.ts';

export const NAME_TERM = 0;
export const OTHER_TERM = 1;

export interface IndexEntry {
  readonly nameWords: readonly string[];
  readonly otherWords: readonly string[];
  readonly folded: string;
}

/** Replaces the search index rows of one attendee (words for prefix search, text for substrings). */
export function indexAttendee(db: Db, rowid: number, entry: IndexEntry, isNew: boolean): void {
  if (!isNew) {
    prepared(db, 'DELETE FROM search_terms WHERE attendee_rowid = ?').run(rowid);
    prepared(db, 'DELETE FROM attendee_fts WHERE rowid = ?').run(rowid);
  }
  const insertTerm = prepared(db, 'INSERT INTO search_terms (kind, term, attendee_rowid) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  );
  for (const w of new Set(entry.nameWords)) insertTerm.run(NAME_TERM, w, rowid);
  for (const w of new Set(entry.otherWords)) insertTerm.run(OTHER_TERM, w, rowid);
  prepared(db, 'INSERT INTO attendee_fts (rowid, folded) VALUES (?, ?)').run(rowid, entry.folded);
}

/** Upper bound of a prefix range: every string starting with `prefix` sorts below it. */
const prefixEnd = (prefix: string): string => `${prefix}\u{10FFFF}`;

/**
 * Attendees with a word of the given kind starting with `first`, who also have, for each of
 * `others`, some name or other word starting with it. Walks the (kind, term) primary key.
 */
export function byWordPrefix(db: Db, kind: number, first: string, others: readonly string[], limit: number): number[] {
  const extra = others
    .map(
      () => `AND EXISTS (SELECT 1 FROM search_terms o WHERE o.attendee_rowid = t.attendee_rowid
               AND o.kind IN (0, 1) AND o.term >= ? AND o.term < ?)`,
    )
    .join(' ');
  const sql = `SELECT DISTINCT t.attendee_rowid FROM search_terms t
               WHERE t.kind = ? AND t.term >= ? AND t.term < ? ${extra} LIMIT ?`;
  const params: (string | number)[] = [kind, first, prefixEnd(first)];
  for (const o of others) params.push(o, prefixEnd(o));
  params.push(limit);
  return prepared(db, sql).pluck().all(...params) as number[];
}

const quote = (s: string): string => `"${s.replaceAll('"', '""')}"`;

/**
 * Attendees whose folded text contains every fragment (each ≥ 3 characters, letters and digits
 * only), via the trigram index: with detail=none, LIKE is what the index answers.
 */
export function bySubstrings(db: Db, fragments: readonly string[], limit: number): number[] {
  const sql = `SELECT rowid FROM attendee_fts WHERE ${fragments.map(() => 'folded LIKE ?').join(' AND ')} LIMIT ?`;
  return prepared(db, sql).pluck().all(...fragments.map((f) => `%${f}%`), limit) as number[];
}

/** Candidates sharing any trigram with the word, best overlap first (for one-typo matching). */
export function byTrigramOverlap(db: Db, word: string, limit: number): { rowid: number; folded: string }[] {
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= word.length; i++) grams.add(word.slice(i, i + 3));
  if (grams.size === 0) return [];
  const match = [...grams].map(quote).join(' OR ');
  return prepared(db, 'SELECT rowid, folded FROM attendee_fts WHERE attendee_fts MATCH ? ORDER BY rank LIMIT ?')
    .all(match, limit) as { rowid: number; folded: string }[];
}
