import type { Db } from '../handle.ts';
import { prepared } from '../prepared.ts';

export const NAME_TERM = 0;
export const OTHER_TERM = 1;

export interface IndexEntry {
  /** Folded words of the names. */
  readonly nameWords: readonly string[];
  /** Folded words of the organisation, e-mail and ticket codes. */
  readonly otherWords: readonly string[];
  /** Distinct folded words of the names and organisation: what substring and typo search look through. */
  readonly vocabulary: readonly string[];
}

function write(db: Db, sql: string, rows: readonly (readonly unknown[])[]): void {
  const stmt = prepared(db, sql);
  for (const params of rows) stmt.run(params);
}

const DELETE_ROW = 'DELETE FROM attendee_words WHERE rowid = ?';
const INSERT_ROW = 'INSERT INTO attendee_words (rowid, names, other) VALUES (?, ?, ?)';
// Nearly every word of a large import is known already: filtering them out first is several times
// cheaper than letting an upsert find each conflict. The words given are distinct.
const ADD_WORDS = 'INSERT INTO search_words (word) SELECT value FROM json_each(?) WHERE NOT EXISTS (SELECT 1 FROM search_words WHERE word = value)';

const rowOf = (rowid: number, e: IndexEntry): unknown[] => [rowid, e.nameWords.join(' '), e.otherWords.join(' ')];

// Writes to the search file through the connection given: an app or command connection, where it
// is attached as `search`, or the import's writer thread, where it is the main file. Callers on an
// app connection also move the generation (main/search/index-people.ts).

/** Writes the search index rows of one attendee, replacing earlier ones unless it is new. */
export function indexAttendee(db: Db, rowid: number, entry: IndexEntry, isNew: boolean): void {
  if (!isNew) write(db, DELETE_ROW, [[rowid]]);
  write(db, INSERT_ROW, [rowOf(rowid, entry)]);
  addVocabulary(db, entry.vocabulary);
}

/** Index rows for attendees that have none yet, and the words new to the vocabulary. */
export function indexNewAttendees(db: Db, entries: readonly (readonly [rowid: number, entry: IndexEntry])[]): void {
  const vocabulary = new Set<string>();
  for (const [, e] of entries) for (const word of e.vocabulary) vocabulary.add(word);
  write(db, INSERT_ROW, entries.map(([rowid, e]) => rowOf(rowid, e)));
  addVocabulary(db, vocabulary);
}

/** Adds the words not yet known (and, by trigger, their trigrams). */
export function addVocabulary(db: Db, words: Iterable<string>): void {
  const distinct = [...new Set(words)];
  if (distinct.length > 0) prepared(db, ADD_WORDS).run(JSON.stringify(distinct));
}

/** Empties the index (before it is rebuilt from the roster). */
export function clearIndex(db: Db): void {
  db.exec(`INSERT INTO attendee_words (attendee_words) VALUES ('delete-all');
    DELETE FROM search_words;
    INSERT INTO search_words_trigrams (search_words_trigrams) VALUES ('delete-all');`);
}

// Query words are letters and digits only (foldedWords), so quoting them is enough.
const quote = (word: string): string => `"${word}"`;
const prefixOf = (word: string): string => `${quote(word)} *`;

/**
 * Attendees with a word of the given kind starting with `first`, who also have, for each of
 * `others`, some name or other word starting with it.
 */
export function byWordPrefix(db: Db, kind: number, first: string, others: readonly string[], limit: number): number[] {
  const column = kind === NAME_TERM ? '{names}' : '{other}';
  const match = [`${column} : ${prefixOf(first)}`, ...others.map((o) => `{names other} : ${prefixOf(o)}`)].join(' AND ');
  return prepared(db, 'SELECT rowid FROM attendee_words WHERE attendee_words MATCH ? LIMIT ?').pluck().all(match, limit) as number[];
}

/**
 * Attendees holding, for every group, at least one of its words (whole words, in any column).
 * An empty group finds nobody.
 */
export function byAnyOfWords(db: Db, groups: readonly (readonly string[])[], limit: number): number[] {
  if (groups.length === 0 || groups.some((g) => g.length === 0)) return [];
  const match = groups.map((g) => `{names other} : (${g.map(quote).join(' OR ')})`).join(' AND ');
  return prepared(db, 'SELECT rowid FROM attendee_words WHERE attendee_words MATCH ? LIMIT ?').pluck().all(match, limit) as number[];
}

/** Known words containing the fragment (≥ 3 characters): with detail=none, LIKE is what the trigram index answers. */
export function wordsContaining(db: Db, fragment: string, limit: number): string[] {
  return prepared(db, 'SELECT word FROM search_words_trigrams WHERE word LIKE ? LIMIT ?').pluck().all(`%${fragment}%`, limit) as string[];
}

/** Known words sharing trigrams with the word, most shared first (candidates for one-typo matching). */
export function wordsSharingTrigrams(db: Db, word: string, limit: number): string[] {
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= word.length; i++) grams.add(word.slice(i, i + 3));
  if (grams.size === 0) return [];
  const match = [...grams].map((g) => `"${g.replaceAll('"', '""')}"`).join(' OR ');
  return prepared(db, 'SELECT word FROM search_words_trigrams WHERE search_words_trigrams MATCH ? ORDER BY rank LIMIT ?')
    .pluck()
    .all(match, limit) as string[];
}
