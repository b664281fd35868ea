import type { Db } from '../../db/open.ts';
import { bumpRosterGeneration } from '../../db/search-db.ts';
import { redirectIndexing } from './index-people.ts';
import { type IndexThread, IndexThreadStartError, spawnIndexThread, type SpawnedIndexThread } from './index-thread-client.ts';
import { rebuildSearchIndex } from './rebuild-index.ts';

/**
 * Runs `work` in one roster transaction while a second thread writes the search file in one of
 * its own, and commits the two in turn: the roster first, then the index. A failure on either
 * side before the roster commits rolls both back; the index failing to commit after the roster
 * did leaves it a generation behind, and it is rebuilt at once (and would be on the next open).
 * If the thread cannot start, `work` runs again in a plain transaction, the index written here.
 * `work` must fail whole: a savepoint rolled back inside it does not take back the index rows
 * already sent to the thread (which is why the sync consumer, applying event by event with
 * savepoints, indexes on its own connection).
 */
export function inTransactionWithIndexThread<T>(db: Db, work: () => T, spawned?: SpawnedIndexThread): T {
  if (db.memory) {
    spawned?.discard();
    return db.transaction(work).immediate(); // no file for a second thread to open
  }
  let writer: IndexThread | undefined;
  const run = db.transaction((): T => {
    // Deferred, then a write: this takes the roster's lock alone. BEGIN IMMEDIATE would also take
    // the search file's, which the writer thread must hold; and the roster's lock is always taken
    // first, so two processes cannot each hold one and wait for the other.
    const generation = bumpRosterGeneration(db);
    writer = (spawned ?? spawnIndexThread(db)).begin();
    const restore = redirectIndexing(db, writer);
    try {
      const result = work();
      writer.setGeneration(generation);
      writer.prepare();
      return result;
    } finally {
      restore();
    }
  });
  let result: T;
  try {
    result = run.deferred();
  } catch (err) {
    if (writer) writer.rollback();
    else spawned?.discard(); // failed before the thread was asked to begin
    // A thread that cannot start (its module missing from a package, say) costs speed, not the
    // import: nothing reached it, so the work runs again with the index written on this thread.
    if (err instanceof IndexThreadStartError) {
      console.warn(`foyer: ${err.message}; writing the search index on the importing thread instead.`);
      return db.transaction(work).immediate();
    }
    throw err;
  }
  try {
    writer?.commit();
  } catch {
    rebuildSearchIndex(db);
  }
  return result;
}
