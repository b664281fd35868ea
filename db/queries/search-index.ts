import type { Db } from '../open.ts';
import { prepared } from '../prepared.ts';

export const NAME_TERM = 0;
export const OTHER_TERM = 1;

export interface IndexEntry {
  /** Folded words of the names. */
  readonly nameWords: readonly string[];
  /** Folded words of the organisation, e-mail and ticket codes. */
  readonly otherWords: readonly string[];
  /** Folded text for substring search. */
  readonly folded: string;
}

/** Writes the search index rows of one attendee, replacing earlier ones unless it is new. */
export function indexAttendee(db: Db, rowid: number, entry: IndexEntry, isNew: boolean): void {
  if (!isNew) {
    prepared(db, 'DELETE FROM attendee_words WHERE rowid = ?').run(rowid);
    prepared(db, 'DELETE FROM attendee_fts WHERE rowid = ?').run(rowid);
  }
  insertIndexRows(db, rowid, entry);
}

export function insertIndexRows(db: Db, rowid: number, entry: IndexEntry): void {
  prepared(db, 'INSERT INTO attendee_words (rowid, names, other) VALUES (?, ?, ?)').run(
    rowid,
    entry.nameWords.join(' '),
    entry.otherWords.join(' '),
  );
  prepared(db, 'INSERT INTO attendee_fts (rowid, folded) VALUES (?, ?)').run(rowid, entry.folded);
}

// Query words are letters and digits only (foldedWords), so quoting them is enough.
const prefixOf = (word: string): string => `"${word}" *`;

/**
 * Attendees with a word of the given kind starting with `first`, who also have, for each of
 * `others`, some name or other word starting with it.
 */
export function byWordPrefix(db: Db, kind: number, first: string, others: readonly string[], limit: number): number[] {
  const column = kind === NAME_TERM ? '{names}' : '{other}';
  const match = [`${column} : ${prefixOf(first)}`, ...others.map((o) => `{names other} : ${prefixOf(o)}`)].join(' AND ');
  return prepared(db, 'SELECT rowid FROM attendee_words WHERE attendee_words MATCH ? LIMIT ?').pluck().all(match, limit) as number[];
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
  return prepared(db, 'SELECT rowid, folded FROM attendee_fts WHERE attendee_fts MATCH ? ORDER BY rank LIMIT ?').all(
    match,
    limit,
  ) as { rowid: number; folded: string }[];
}
