import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from './open.ts';

// In WAL mode SQLite copies the log back into the database file ("checkpoint") inside the commit
// that crosses 1,000 pages, on the caller's thread. After a large import that is ~100 MB and
// half a second with the desk frozen. withBackgroundCheckpoint lets that commit return at once
// and does the copy on a worker thread. The worker is given as source text with the driver's
// resolved path, so it runs the same under Node and in the bundled Electron main process.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
try { db.pragma('busy_timeout = 5000'); db.pragma('wal_checkpoint(PASSIVE)'); } finally { db.close(); }
`;

const running = new WeakSet<Db>();

/** True while a worker copies this database's log (the idle checkpoints leave it alone then). */
export const checkpointingInBackground = (db: Db): boolean => running.has(db);

/**
 * Runs `work` (which commits) with automatic checkpoints off, then checkpoints on a worker
 * thread; this connection checkpoints by itself again once that is done. Resolves `done` then.
 */
export function withBackgroundCheckpoint<T>(db: Db, work: () => T): { result: T; done: Promise<void> } {
  const usual = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  const restore = (): void => {
    if (db.open) db.pragma(`wal_autocheckpoint = ${usual}`);
  };
  db.pragma('wal_autocheckpoint = 0');
  let result: T;
  try {
    result = work();
  } catch (err) {
    restore();
    throw err;
  }
  if (db.memory) {
    restore();
    return { result, done: Promise.resolve() };
  }
  running.add(db);
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, path: db.name } });
  const done = new Promise<void>((resolve) => {
    // Whatever happens to the worker, checkpoints resume here: a failed copy is retried by the next commit.
    worker.once('error', () => undefined);
    worker.once('exit', () => {
      running.delete(db);
      restore();
      resolve();
    });
  });
  return { result, done };
}
