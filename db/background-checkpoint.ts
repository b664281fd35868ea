import { Worker } from 'node:worker_threads';
import { driverModuleFor, keyOf, keyPragmas } from './driver.ts';
import type { Db } from './handle.ts';

// In WAL mode SQLite copies the log back into the database file ("checkpoint") inside the commit
// that crosses 1,000 pages, on the caller's thread. After a large import that is ~100 MB and
// half a second with the desk frozen. withBackgroundCheckpoint lets that commit return at once
// and does the copy on a worker thread. The worker is given as source text with the driver's
// resolved path, so it runs the same under Node and in the bundled Electron main process.
//
// The worker starts while the work runs and waits on a shared flag. After the commit it is told to
// copy, and says so just before it takes the checkpoint lock; this connection then checkpoints by
// itself again at once. A later commit finds the lock taken and leaves the copy to the worker.
// Nothing here waits for the event loop: a desk busy with a burst of scans right after an import
// must not run without checkpoints, its log growing and every page read slowing down.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const flags = new Int32Array(workerData.flags);
const Database = require(workerData.driver);
const db = new Database(workerData.path);
try {
  for (const p of workerData.pragmas) db.pragma(p); // an encrypted database's key (driver.ts)
  db.pragma('busy_timeout = 5000');
  Atomics.wait(flags, 0, 0);
  if (Atomics.load(flags, 0) === 1) {
    Atomics.store(flags, 1, 1);
    Atomics.notify(flags, 1);
    db.pragma('wal_checkpoint(PASSIVE)');
  }
} finally {
  db.close();
}
`;

/** flags[0]: what the worker is to do (0 wait, 1 copy, 2 nothing). flags[1]: 1 once it copies. */
const GO = 1;
const ABANDON = 2;
/** How long a commit waits for the worker to start copying before checkpointing by itself again. */
const START_TIMEOUT_MS = 2_000;

const running = new WeakSet<Db>();

/** True while a worker copies this database's log (the idle checkpoints leave it alone then). */
export const checkpointingInBackground = (db: Db): boolean => running.has(db);

/**
 * Runs `work` (which commits) with automatic checkpoints off, then has a worker thread copy the
 * log. Returns once the worker has started copying, with automatic checkpoints back on; `done`
 * resolves when the copy is over.
 */
export function withBackgroundCheckpoint<T>(db: Db, work: () => T): { result: T; done: Promise<void> } {
  const usual = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  const restore = (): void => {
    if (db.open) db.pragma(`wal_autocheckpoint = ${usual}`);
  };
  if (db.memory) return { result: work(), done: Promise.resolve() };
  const flags = new Int32Array(new SharedArrayBuffer(8));
  const key = keyOf(db);
  const driver = driverModuleFor(key);
  const pragmas = key === null ? [] : keyPragmas(key);
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, pragmas, path: db.name, flags: flags.buffer } });
  running.add(db);
  const done = new Promise<void>((resolve) => {
    // A worker that fails only leaves its copy to the next commit of this connection.
    worker.once('error', () => undefined);
    worker.once('exit', () => {
      running.delete(db);
      resolve();
    });
  });
  const tell = (what: number): void => {
    Atomics.store(flags, 0, what);
    Atomics.notify(flags, 0);
  };
  db.pragma('wal_autocheckpoint = 0');
  let result: T;
  try {
    result = work();
  } catch (err) {
    tell(ABANDON);
    restore();
    throw err;
  }
  tell(GO);
  Atomics.wait(flags, 1, 0, START_TIMEOUT_MS);
  restore();
  return { result, done };
}
