import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { InputError } from '../errors.ts';
import type { MappingOptions } from './mapping.ts';
import type { ReaderMessage } from './read-thread.ts';
import type { ValidatedRows } from './validate-rows.ts';

// The importing thread's side of the reading thread. The import is one synchronous transaction,
// so it does not await: it waits with Atomics.wait on a shared counter and takes each message with
// receiveMessageOnPort, as the search index's writer thread is driven (index-thread-client.ts).

export type ReaderHeader = Extract<ReaderMessage, { kind: 'header' }>;

export interface RowReader {
  /** The mapping and the file's encoding and delimiter; throws what is wrong with the file. */
  header(): ReaderHeader;
  /** The next batch of checked rows, with how many file rows it covers; null after the last. */
  next(): (ValidatedRows & { read: number }) | null;
  /** Stops the thread (at any point: an import that failed need not read on). */
  close(): void;
}

/** A message that never comes: the thread died or the machine is stalled. */
const WAIT_MS = 60_000;

function threadModule(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const source = join(here, 'read-thread.ts');
  return existsSync(source) ? source : join(here, 'read-thread.js');
}

/** Starts reading the file on its own thread; returns at once. */
export function startRowReader(path: string, options: MappingOptions): RowReader {
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const mappingOptions: MappingOptions = { ...(options.preset ? { preset: options.preset } : {}), ...(options.map ? { map: [...options.map] } : {}) };
  const worker = new Worker(threadModule(), { workerData: { path, options: mappingOptions, port: port2, signal }, transferList: [port2] });
  worker.unref();
  // Waited for below; the event itself, delivered later, must not take the process down.
  worker.on('error', () => undefined);
  let taken = 0;
  let finished = false;
  const take = (): ReaderMessage => {
    const m = waitForMessage(port1, signal, taken++);
    if (m.kind === 'error') {
      finished = true;
      throw m.input ? new InputError(m.message) : new Error(`Reading the file: ${m.message}`);
    }
    return m;
  };
  let header: ReaderHeader | undefined;
  return {
    header: () => {
      if (!header) {
        const m = take();
        if (m.kind !== 'header') throw new Error(`Reading the file: expected its header, got ${m.kind}`);
        header = m;
      }
      return header;
    },
    next: () => {
      if (finished) return null;
      const m = take();
      if (m.kind === 'end') {
        finished = true;
        return null;
      }
      if (m.kind !== 'rows') throw new Error(`Reading the file: expected rows, got ${m.kind}`);
      return { rows: m.rows, problems: m.problems, read: m.read };
    },
    close: () => {
      port1.close();
      void worker.terminate();
    },
  };
}

function waitForMessage(port: MessagePort, signal: Int32Array, index: number): ReaderMessage {
  const deadline = Date.now() + WAIT_MS;
  while (Atomics.load(signal, 0) <= index) {
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`Reading the file: the reading thread did not answer within ${WAIT_MS / 1000} s`);
    Atomics.wait(signal, 0, index, left);
  }
  const received = receiveMessageOnPort(port);
  if (!received) throw new Error('Reading the file: a message was signalled but not received');
  return received.message as ReaderMessage;
}
