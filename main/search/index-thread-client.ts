import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { keyOf } from '../../db/driver.ts';
import type { Db } from '../../db/open.ts';
import { searchPathFor } from '../../db/search-db.ts';
import type { IndexSink, PersonToIndex } from './index-people.ts';
import type { ThreadReply, ThreadRequest } from './index-thread.ts';

// The importing thread's side of the search index's writer thread. An import is one synchronous
// transaction that nothing else on the connection may interleave with, so it does not await the
// thread: it waits with Atomics.wait on a shared counter and reads replies with
// receiveMessageOnPort. Requests are posted without waiting; the first failure is reported by
// prepare(), before the roster commits.

export interface IndexThread extends IndexSink {
  setGeneration(generation: number): void;
  /** Waits until everything sent is written; throws the first failure (the import then rolls back). */
  prepare(): void;
  /** Commits the search file (after the roster committed); throws if that failed. */
  commit(): void;
  rollback(): void;
}

export class IndexThreadError extends Error {}
/** The thread could not start or take the search file: nothing was sent to it yet. */
export class IndexThreadStartError extends IndexThreadError {}

/** The thread's module: next to this file when run from source, beside the bundle once built. */
function threadModule(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const source = join(here, 'index-thread.ts');
  return existsSync(source) ? source : join(here, 'index-thread.js');
}

/** A writer thread that has started (and opened the search file) but not yet begun writing. */
export interface SpawnedIndexThread {
  /** Has the thread take the search file's write lock (the roster's must be held), and waits for it. */
  begin(): IndexThread;
  /** Stops a thread that will not be needed (nothing once it has begun). */
  discard(): void;
  /** Why the thread stopped before it began, if it did (a module that would not load, a crash). */
  failure(): Error | undefined;
}

/**
 * Starts the writer thread, which opens the search file and waits: starting a thread takes about
 * a tenth of a second, which can pass while the import file is read.
 */
export function spawnIndexThread(db: Db, module = threadModule()): SpawnedIndexThread {
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(module, { workerData: { path: searchPathFor(db.name), key: keyOf(db), port: port2, signal }, transferList: [port2] });
  worker.unref();
  // This thread is blocked while it waits for replies, so a thread that dies shows here as a reply
  // that never comes; the event, delivered when this thread is free (while the file is read), only
  // records why, and must not take the process down.
  let failure: Error | undefined;
  worker.on('error', (err) => {
    failure ??= err;
  });
  worker.on('exit', (code) => {
    failure ??= new Error(`the writer thread stopped (exit code ${code})`);
  });
  let claimed = false;
  return {
    begin: () => {
      if (claimed) throw new IndexThreadError('Search index: the writer thread was already used');
      claimed = true;
      try {
        if (failure) throw new IndexThreadStartError(`Search index: ${failure.message}`);
        return beginWriting(port1, signal);
      } catch (err) {
        void worker.terminate();
        throw err;
      }
    },
    discard: () => {
      if (claimed) return;
      claimed = true;
      port1.postMessage({ kind: 'rollback' } satisfies ThreadRequest);
      port1.close();
    },
    failure: () => failure,
  };
}

/** Starts the writer thread and waits until it holds the search file's write lock. */
export function startIndexThread(db: Db): IndexThread {
  return spawnIndexThread(db).begin();
}

function beginWriting(port1: MessagePort, signal: Int32Array): IndexThread {
  let replies = 0;
  const expect = (kind: ThreadReply['kind']): void => {
    const r = waitForReply(port1, signal, replies++, kind === 'started' ? 15_000 : 60_000);
    if (r.kind === 'error') throw new IndexThreadError(`Search index: ${r.message}`);
    if (r.kind !== kind) throw new IndexThreadError(`Search index: expected ${kind}, got ${r.kind}`);
  };
  const send = (m: ThreadRequest): void => port1.postMessage(m);
  let open = true;
  try {
    send({ kind: 'begin' });
    expect('started');
  } catch (err) {
    port1.close();
    throw new IndexThreadStartError(err instanceof Error ? err.message : String(err));
  }
  return {
    index: (people: readonly PersonToIndex[]) => send({ kind: 'index', people }),
    setGeneration: (generation) => send({ kind: 'generation', generation }),
    prepare: () => {
      send({ kind: 'prepare' });
      expect('prepared');
    },
    commit: () => {
      open = false;
      send({ kind: 'commit' });
      try {
        expect('committed');
      } finally {
        port1.close();
      }
    },
    rollback: () => {
      if (!open) return;
      open = false;
      send({ kind: 'rollback' });
      port1.close();
    },
  };
}

/** Blocks until the thread's reply number `index` has arrived, or `withinMs` have passed. */
function waitForReply(port: MessagePort, signal: Int32Array, index: number, withinMs: number): ThreadReply {
  const deadline = Date.now() + withinMs;
  while (Atomics.load(signal, 0) <= index) {
    const left = deadline - Date.now();
    if (left <= 0) throw new IndexThreadError(`Search index: the writer thread did not answer within ${withinMs / 1000} s`);
    Atomics.wait(signal, 0, index, left);
  }
  const received = receiveMessageOnPort(port);
  if (!received) throw new IndexThreadError('Search index: a reply was signalled but not received');
  return received.message as ThreadReply;
}
