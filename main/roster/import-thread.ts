// The thread that reads a roster file for the API (import.preview, import.commit), so the desk's
// thread keeps answering scans and searches while a large file is parsed. A preview is done here
// whole, against the database opened read-only; for an import the file is read, mapped and checked
// here and handed back, and the desk's thread writes it (imports are one transaction on its connection).
import { parentPort, workerData } from 'node:worker_threads';
import { openDb } from '../../db/open.ts';
import { InputError } from '../errors.ts';
import type { MappingOptions } from './mapping.ts';
import { prepareImport } from './prepare-import.ts';
import { commitPrepared, type ImportOptions } from './run-import.ts';

export interface ImportThreadTask {
  readonly kind: 'preview' | 'prepare';
  readonly path: string;
  readonly dbPath: string;
  readonly options: MappingOptions & Pick<ImportOptions, 'markMissing' | 'strict' | 'createEventHint'>;
  /** The event's time zone, where dates a file writes in UTC are placed (undefined: no event yet). */
  readonly eventZone: string | undefined;
}

export type ImportThreadReply =
  | { readonly kind: 'report'; readonly report: ReturnType<typeof commitPrepared> }
  | { readonly kind: 'prepared'; readonly prepared: Awaited<ReturnType<typeof prepareImport>> }
  | { readonly kind: 'error'; readonly message: string; readonly input: boolean };

const ACTOR = { desk: 'preview', operator: 'preview' };

async function runTask(task: ImportThreadTask): Promise<ImportThreadReply> {
  const prepared = await prepareImport(task.path, task.options, task.eventZone);
  if (task.kind === 'prepare') return { kind: 'prepared', prepared };
  const db = openDb(task.dbPath, { readonly: true });
  try {
    return { kind: 'report', report: commitPrepared(db, ACTOR, prepared, { ...task.options, dryRun: true }) };
  } finally {
    db.close();
  }
}

const task = workerData as ImportThreadTask;
runTask(task).then(
  (reply) => parentPort?.postMessage(reply),
  (err: unknown) => parentPort?.postMessage({
    kind: 'error', message: err instanceof Error ? err.message : String(err), input: err instanceof InputError,
  } satisfies ImportThreadReply),
);
