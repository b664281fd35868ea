import { createRequire } from 'node:module';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { Db } from './open.ts';
import { searchPathFor } from './search-db.ts';

// A second thread that writes the search file during a large import, while the importing thread
// writes the roster: on two cores the word index then costs no time on the import's path. The
// importing thread stays synchronous (an import is one transaction that no other work on the
// connection may interleave with), so it waits for the worker with Atomics.wait and reads its
// replies with receiveMessageOnPort. The worker is source text given the driver's resolved path,
// so it runs the same under Node and in the bundled Electron main process.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const { port, signal } = workerData;
const reply = (message) => { port.postMessage(message); Atomics.add(signal, 0, 1); Atomics.notify(signal, 0); };
let db;
const statements = new Map();
const run = (sql, rows) => {
  let stmt = statements.get(sql);
  if (!stmt) { stmt = db.prepare(sql); statements.set(sql, stmt); }
  for (const params of rows) stmt.run(params);
};
try {
  db = new Database(workerData.path);
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec('BEGIN IMMEDIATE');
  reply({ kind: 'started' });
} catch (err) { reply({ kind: 'error', message: String(err && err.message || err) }); }
let failed = null;
port.on('message', (m) => {
  if (m.kind === 'run') {
    if (failed) return;
    try { run(m.sql, m.rows); } catch (err) { failed = String(err && err.message || err); }
  } else if (m.kind === 'prepare') {
    reply(failed ? { kind: 'error', message: failed } : { kind: 'prepared' });
  } else if (m.kind === 'commit') {
    try { db.exec('COMMIT'); reply({ kind: 'committed' }); } catch (err) { reply({ kind: 'error', message: String(err && err.message || err) }); }
    try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
    db.close(); port.close();
  } else if (m.kind === 'rollback') {
    try { if (db && db.inTransaction) db.exec('ROLLBACK'); } catch {}
    if (db) db.close();
    port.close();
  }
});
`;

type Reply = { kind: 'started' | 'prepared' | 'committed' } | { kind: 'error'; message: string };

/** Statements run against the search file, in order, in one transaction. */
export interface SearchWriter {
  run(sql: string, rows: readonly (readonly unknown[])[]): void;
  /** Waits until every statement ran; throws the first failure (the import then rolls back). */
  prepare(): void;
  /** Commits the search file (after the roster committed); throws if that failed. */
  commit(): void;
  rollback(): void;
}

export class SearchWriterError extends Error {}

/** Starts the writer thread and waits until it holds the search file's write lock. */
export function startSearchWriter(db: Db): SearchWriter {
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { driver, path: searchPathFor(db.name), port: port2, signal },
    transferList: [port2],
  });
  worker.unref();
  let seen = 0;
  const next = (): Reply => waitForReply(port1, signal, seen++);
  const expect = (kind: Reply['kind']): void => {
    const r = next();
    if (r.kind === 'error') throw new SearchWriterError(`Search index: ${r.message}`);
    if (r.kind !== kind) throw new SearchWriterError(`Search index: expected ${kind}, got ${r.kind}`);
  };
  expect('started');
  let open = true;
  return {
    run: (sql, rows) => port1.postMessage({ kind: 'run', sql, rows }),
    prepare: () => {
      port1.postMessage({ kind: 'prepare' });
      expect('prepared');
    },
    commit: () => {
      open = false;
      port1.postMessage({ kind: 'commit' });
      try {
        expect('committed');
      } finally {
        port1.close();
      }
    },
    rollback: () => {
      if (!open) return;
      open = false;
      port1.postMessage({ kind: 'rollback' });
      port1.close();
    },
  };
}

/** Blocks until the worker's reply number `index` has arrived (or 60 s pass). */
function waitForReply(port: MessagePort, signal: Int32Array, index: number): Reply {
  const deadline = Date.now() + 60_000;
  while (Atomics.load(signal, 0) <= index) {
    const left = deadline - Date.now();
    if (left <= 0) throw new SearchWriterError('Search index: the writer thread did not answer within 60 s');
    Atomics.wait(signal, 0, index, left);
  }
  const received = receiveMessageOnPort(port);
  if (!received) throw new SearchWriterError('Search index: reply signalled but not received');
  return received.message as Reply;
}
