// The writer thread of a large import (see index-thread-client.ts): it folds the people it is sent
// and writes them into the search file, in one transaction that begins and commits when the
// importing thread says so (it is started while the file is still being read, and waits).
// Messages arrive on the port in workerData; each reply is posted there and counted in the shared
// `signal`, which the importing thread waits on.
import { type MessagePort, workerData } from 'node:worker_threads';
import { type Connection, connect } from '../../db/driver.ts';
import { SET_INDEX_GENERATION } from '../../db/search-db.ts';
import { writeIndexRows, type PersonToIndex } from './index-people.ts';

export type ThreadRequest =
  | { readonly kind: 'index'; readonly people: readonly PersonToIndex[] }
  | { readonly kind: 'generation'; readonly generation: number }
  | { readonly kind: 'begin' | 'prepare' | 'commit' | 'rollback' };
export type ThreadReply = { readonly kind: 'started' | 'prepared' | 'committed' } | { readonly kind: 'error'; readonly message: string };

const { path, key, port, signal } = workerData as { path: string; key: string | null; port: MessagePort; signal: Int32Array };
const reply = (message: ThreadReply): void => {
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
};
const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

let db: Connection | undefined;
let failed: string | null = null;
let openFailure: string | null = null;
try {
  db = connect(path, { key }); // the roster's key: an encrypted database has an encrypted index
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL'); // derived data: see search-db.ts
  db.pragma('wal_autocheckpoint = 0'); // checkpointed after the commit, not inside it
} catch (err) {
  openFailure = messageOf(err);
}

const close = (): void => {
  db?.close();
  port.close();
};

port.on('message', (m: ThreadRequest) => {
  if (m.kind === 'begin') {
    try {
      if (!db) throw new Error(openFailure ?? 'the search file is not open');
      // Only now: the importing thread holds the roster's write lock, always taken first.
      db.exec('BEGIN IMMEDIATE');
      reply({ kind: 'started' });
    } catch (err) {
      reply({ kind: 'error', message: messageOf(err) });
      close();
    }
    return;
  }
  if (!db) {
    port.close();
    return;
  }
  switch (m.kind) {
    case 'index':
    case 'generation':
      if (failed) return; // the first failure is reported at 'prepare'
      try {
        if (m.kind === 'index') writeIndexRows(db, m.people);
        else db.prepare(SET_INDEX_GENERATION).run(m.generation);
      } catch (err) {
        failed = messageOf(err);
      }
      return;
    case 'prepare':
      reply(failed ? { kind: 'error', message: failed } : { kind: 'prepared' });
      return;
    case 'commit':
      try {
        db.exec('COMMIT');
        reply({ kind: 'committed' });
        db.pragma('wal_checkpoint(PASSIVE)');
      } catch (err) {
        reply({ kind: 'error', message: messageOf(err) });
      }
      close();
      return;
    case 'rollback':
      if (db.inTransaction) db.exec('ROLLBACK');
      close();
  }
});
