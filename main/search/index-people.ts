import type { Db } from '../../db/open.ts';
import { indexAttendee, indexNewAttendees } from '../../db/queries/search-index.ts';
import { markIndexChanged } from '../../db/search-db.ts';
import { type IndexedFields, indexEntryFor } from './index-entry.ts';

export interface PersonToIndex {
  readonly rowid: number;
  readonly fields: IndexedFields;
  readonly codes: readonly string[];
  /** False when the person may have index rows already (they are replaced). */
  readonly isNew: boolean;
}

/** Somewhere else to send index work: the writer thread of a large import (index-thread.ts). */
export interface IndexSink {
  index(people: readonly PersonToIndex[]): void;
}

const sinks = new WeakMap<Db, IndexSink>();

/** Sends this connection's index work to `sink` until the returned function is called. */
export function redirectIndexing(db: Db, sink: IndexSink): () => void {
  sinks.set(db, sink);
  return () => sinks.delete(db);
}

/** Writes people into the search index and folds their names on the way. */
export function writeIndexRows(db: Db, people: readonly PersonToIndex[]): void {
  const fresh: [number, ReturnType<typeof indexEntryFor>][] = [];
  for (const p of people) {
    const entry = indexEntryFor(p.fields, p.codes);
    if (p.isNew) fresh.push([p.rowid, entry]);
    else indexAttendee(db, p.rowid, entry, false);
  }
  if (fresh.length > 0) indexNewAttendees(db, fresh);
}

/**
 * Indexes people changed in the caller's transaction: on this connection (moving the generation
 * on both sides, so the two files are seen to agree), or through a large import's writer thread.
 */
export function indexPeople(db: Db, people: readonly PersonToIndex[]): void {
  if (people.length === 0) return;
  const sink = sinks.get(db);
  if (sink) {
    sink.index(people);
    return;
  }
  writeIndexRows(db, people);
  markIndexChanged(db);
}
