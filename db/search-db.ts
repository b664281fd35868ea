import { existsSync, rmSync } from 'node:fs';
import { retryWhileBusy } from './busy.ts';
import { fileKind, keyOf } from './driver.ts';
import type { Db } from './handle.ts';
import { prepared } from './prepared.ts';

// The search indexes live in a database file of their own, attached to every connection as
// `search`. They are derived from the roster, so they need not share its transactions: a large
// import writes them on a second thread (main/search/index-thread.ts) while this one writes the
// roster. A generation number, bumped on both sides with every change to the index, tells whether
// the two files still agree; when they do not (a crash between the two commits, a missing or older
// index file), the index is rebuilt from the roster on open.

/** Version of the search file's schema: a file of another version is rebuilt. */
export const SEARCH_SCHEMA_VERSION = 1;

/** foyer.sqlite → foyer.search.sqlite (any other name gets `.search` added). */
export function searchPathFor(dbPath: string): string {
  return dbPath.endsWith('.sqlite') ? `${dbPath.slice(0, -'.sqlite'.length)}.search.sqlite` : `${dbPath}.search`;
}

const schema = (s: string): string => /* sql */ `
CREATE TABLE ${s}index_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  generation INTEGER NOT NULL       -- equals main.search_index_state.generation when in step
) STRICT;
INSERT INTO ${s}index_state (id, generation) VALUES (1, -1);

-- Word index (rowid = attendees.rowid) over folded text: name words, and organisation, e-mail and
-- code words; prefix indexes make 1- and 2-letter queries as fast as longer ones.
-- Contentless: only rowids are ever read back, so the text is not stored a second time.
CREATE VIRTUAL TABLE ${s}attendee_words USING fts5 (
  names, other, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2', detail = 'column',
  content = '', contentless_delete = 1
);

-- Substring and one-typo search look through the distinct words of names and organisations, with
-- a trigram index over them: a roster of 100k people has a few tens of thousands of such words.
CREATE TABLE ${s}search_words (
  id INTEGER PRIMARY KEY,
  word TEXT NOT NULL UNIQUE        -- folded, letters and digits only
) STRICT;
CREATE VIRTUAL TABLE ${s}search_words_trigrams USING fts5 (
  word, tokenize = 'trigram', detail = 'none', content = 'search_words', content_rowid = 'id'
);
-- Words are only ever added (a word nobody holds any more simply finds nobody).
CREATE TRIGGER ${s}search_words_indexed AFTER INSERT ON search_words
BEGIN INSERT INTO search_words_trigrams (rowid, word) VALUES (new.id, new.word); END;
`;

const versionOfAttached = (db: Db): number => db.pragma('search.user_version', { simple: true }) as number;

/**
 * Attaches the search file of a database (an in-memory one for an in-memory database), creating
 * or recreating it when it is missing or of another schema version.
 */
export function attachSearchDb(db: Db, readonly: boolean): void {
  const path = db.memory ? ':memory:' : searchPathFor(db.name);
  attachWithKey(db, path, readonly);
  db.pragma('search.mmap_size = 134217728'); // as for the roster (open.ts); the index is about 15 MB at 100k
  if (readonly) return;
  // Two processes opening a new file at once can both try to switch it to WAL (see busy.ts).
  retryWhileBusy(() => db.pragma('search.journal_mode = WAL'));
  // Derived data: a commit lost to a power cut shows as a generation behind, and is rebuilt.
  db.pragma('search.synchronous = NORMAL');
  if (versionOfAttached(db) === SEARCH_SCHEMA_VERSION) return;
  const create = db.transaction(() => {
    const found = versionOfAttached(db);
    if (found === SEARCH_SCHEMA_VERSION) return; // another process created it meanwhile
    // Emptied in place, not deleted: another process may have the file open.
    if (found !== 0) dropEverything(db);
    db.exec(schema('search.'));
    db.pragma(`search.user_version = ${SEARCH_SCHEMA_VERSION}`);
  });
  retryWhileBusy(() => create.immediate());
}

/**
 * Attaches the search file with the roster's key (the same cipher), so an encrypted database has
 * an encrypted index. The index is derived data: a file left in the other form (a plain index
 * beside a database now encrypted, or one whose key is lost) is deleted and made again.
 */
function attachWithKey(db: Db, path: string, readonly: boolean): void {
  const key = keyOf(db);
  if (!readonly && path !== ':memory:' && fileKind(path) !== 'none' && (fileKind(path) === 'encrypted') !== (key !== null)) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  }
  if (key === null) db.prepare('ATTACH DATABASE ? AS search').run(path);
  else db.prepare('ATTACH DATABASE ? AS search KEY ?').run(path, key);
}

/** Drops every table and trigger of the search file (virtual tables first: they own shadow tables). */
function dropEverything(db: Db): void {
  const objects = db
    .prepare("SELECT type, name, sql LIKE 'CREATE VIRTUAL%' AS virtual FROM search.sqlite_master WHERE type IN ('table', 'trigger') AND name NOT LIKE 'sqlite_%'")
    .all() as { type: string; name: string; virtual: number }[];
  objects.sort((a, b) => b.virtual - a.virtual);
  for (const o of objects) db.exec(`DROP ${o.type === 'trigger' ? 'TRIGGER' : 'TABLE'} IF EXISTS search."${o.name.replaceAll('"', '""')}"`);
}

/** True when the database has a search file beside it (an in-memory one always does). */
export const hasSearchFile = (db: Db): boolean => db.memory || existsSync(searchPathFor(db.name));

export const rosterGeneration = (db: Db): number =>
  prepared(db, 'SELECT generation FROM main.search_index_state').pluck().get() as number;

export const indexGeneration = (db: Db): number =>
  prepared(db, 'SELECT generation FROM search.index_state').pluck().get() as number;

/** Whether the search file reflects the roster as it is. */
export const searchIndexInStep = (db: Db): boolean => rosterGeneration(db) === indexGeneration(db);

/** Marks a change to the index on the roster's side; returns the new generation. */
export function bumpRosterGeneration(db: Db): number {
  return prepared(db, 'UPDATE main.search_index_state SET generation = generation + 1 RETURNING generation').pluck().get() as number;
}

/** The statement that brings the index's generation to the roster's (run where the index is written). */
export const SET_INDEX_GENERATION = 'UPDATE index_state SET generation = ?';

/** After index writes on this connection: moves the generation on both sides, in the same transaction. */
export function markIndexChanged(db: Db): void {
  prepared(db, SET_INDEX_GENERATION).run(bumpRosterGeneration(db));
}
