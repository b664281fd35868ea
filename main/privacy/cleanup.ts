import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Db } from '../../db/open.ts';
import { exportedFiles, forgetExportedFiles, markCleanup, readStatsSnapshot } from '../../db/queries/privacy.ts';

// What a purge does outside the database's transactions, on every desk that applies it: erase the
// files Foyer wrote (exports, badge and sheet PDFs, print-folder jobs), then VACUUM the database and
// its search file and empty their write-ahead logs, so no freed page keeps a name.

export interface CleanupReport {
  readonly filesErased: readonly string[];
  /** Files recorded as written that were no longer there (moved or deleted by someone). */
  readonly filesGone: readonly string[];
  /** False when another program was reading: an open desk empties the logs a second later (background.ts). */
  readonly logsEmptied: boolean;
}

/** Files of a print-folder job: `foyer-<job>-<attempt>.pdf`, and the `.part` left by an interrupted write. */
function eraseByPrefix(prefix: string): string[] {
  const dir = dirname(prefix);
  const start = basename(prefix);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const matching = names.filter((n) => n.startsWith(start) || n.startsWith(`.${start}`)).map((n) => join(dir, n));
  for (const f of matching) rmSync(f, { force: true });
  return matching;
}

function eraseFiles(db: Db): { erased: string[]; gone: string[] } {
  const erased: string[] = [];
  const gone: string[] = [];
  for (const f of exportedFiles(db)) {
    if (f.kind === 'print') {
      erased.push(...eraseByPrefix(f.path));
      continue;
    }
    try {
      rmSync(f.path);
      erased.push(f.path);
    } catch {
      gone.push(f.path);
    }
  }
  return { erased, gone };
}

/** Copies both logs into their files and truncates them to nothing; false if a reader kept one. */
function emptyLogs(db: Db): boolean {
  if (db.memory) return true;
  const truncated = (schema: string): boolean => (db.pragma(`${schema}.wal_checkpoint(TRUNCATE)`) as { busy: number }[])[0]?.busy === 0;
  const main = truncated('main');
  return truncated('search') && main;
}

/** Empties the logs and marks the purge done (that mark goes through the log too: emptied again). */
function finishLogs(db: Db): boolean {
  if (!emptyLogs(db)) return false;
  markCleanup(db, 'done');
  emptyLogs(db);
  return true;
}

/**
 * Finishes a purge applied on this desk (by `foyer purge`, the Setup screen, or sync): returns
 * null when there is nothing to finish. Must run outside any transaction.
 */
export function finishPendingPurge(db: Db): CleanupReport | null {
  const left = readStatsSnapshot(db)?.cleanup ?? 'done';
  if (left === 'done' || db.inTransaction) return null;
  if (left === 'logs') {
    finishLogs(db);
    return null;
  }
  const files = eraseFiles(db);
  db.transaction(() => {
    forgetExportedFiles(db);
    markCleanup(db, 'logs');
  }).immediate();
  if (!db.memory) {
    db.exec('VACUUM main');
    db.exec('VACUUM search');
  }
  const logsEmptied = finishLogs(db);
  return { filesErased: files.erased, filesGone: files.gone, logsEmptied };
}
