import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Db } from '../../db/open.ts';
import { readConference } from '../../db/queries/conference.ts';
import { spawnIndexThread } from '../search/index-thread-client.ts';
import type { Actor } from '../events/envelope.ts';
import { InputError } from '../errors.ts';
import type { ImportThreadReply, ImportThreadTask } from './import-thread.ts';
import { commitPrepared, type ImportOptions, type ImportReport, importFile, LIKELY_LARGE_BYTES } from './run-import.ts';

/** The thread's module: next to this file when run from source, beside the bundle once built. */
function threadModule(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const source = join(here, 'import-thread.ts');
  return existsSync(source) ? source : join(here, 'import-thread.js');
}

/** Runs one task on a new thread; rejects with InputError for a file the thread refused. */
function onThread(task: ImportThreadTask): Promise<ImportThreadReply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(threadModule(), { workerData: task });
    let replied = false;
    worker.once('message', (reply: ImportThreadReply) => {
      replied = true;
      void worker.terminate();
      if (reply.kind === 'error') reject(reply.input ? new InputError(reply.message) : new Error(reply.message));
      else resolve(reply);
    });
    worker.once('error', (err) => reject(err));
    worker.once('exit', (code) => {
      if (!replied) reject(new Error(`the import thread stopped (exit code ${code})`));
    });
  });
}

/**
 * importFile for the API: the file is read, mapped and checked on a worker thread (a preview is
 * planned there too, against the database opened read-only), so the desk keeps answering meanwhile.
 * An in-memory database cannot be opened from another thread: it is imported on this one.
 */
export async function importFileOffThread(db: Db, actor: Actor, path: string, options: ImportOptions = {}): Promise<ImportReport> {
  if (db.memory) return importFile(db, actor, path, options);
  const { progress: _progress, dryRun, ...passed } = options;
  const threadOptions: ImportThreadTask['options'] = passed;
  const eventZone = readConference(db)?.settings.timeZone;
  if (dryRun) {
    const reply = await onThread({ kind: 'preview', path, dbPath: db.name, options: threadOptions, eventZone });
    if (reply.kind !== 'report') throw new Error('the import thread answered out of turn');
    return reply.report;
  }
  // As importFile does: refuse before reading when there is no event, start the index thread meanwhile.
  if (!eventZone) return importFile(db, actor, path, options);
  const indexThread = statSync(path).size >= LIKELY_LARGE_BYTES ? spawnIndexThread(db) : undefined;
  try {
    options.progress?.('Reading the file…');
    const reply = await onThread({ kind: 'prepare', path, dbPath: db.name, options: threadOptions, eventZone });
    if (reply.kind !== 'prepared') throw new Error('the import thread answered out of turn');
    return commitPrepared(db, actor, reply.prepared, options, indexThread);
  } catch (err) {
    indexThread?.discard();
    throw err;
  }
}
