import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Db } from '../../db/open.ts';
import { exportedFiles, forgetExportedFiles, markCleanupDone, readStatsSnapshot } from '../../db/queries/privacy.ts';

// What a purge does outside the database's transactions, on every desk that applies it: erase the
// files Foyer wrote (exports, badge and sheet PDFs, print-folder jobs), then VACUUM the database and
// its search file and empty their write-ahead logs, so no freed page keeps a name.

export interface CleanupReport {
  readonly filesErased: readonly string[];
  /** Files recorded as written that were no longer there (moved or deleted by someone). */
  readonly filesGone: readonly string[];
  /** False when another process kept a log from being emptied (it is emptied at its next checkpoint). */
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

const logEmptied = (db: Db, schema: string): boolean => {
  const [r] = db.pragma(`${schema}.wal_checkpoint(TRUNCATE)`) as { busy: number }[];
  return r?.busy === 0;
};

/**
 * Finishes a purge applied on this desk (by `foyer purge`, the Setup screen, or sync): returns
 * null when there is nothing to finish. Must run outside any transaction.
 */
export function finishPendingPurge(db: Db): CleanupReport | null {
  if (!readStatsSnapshot(db)?.cleanupPending || db.inTransaction) return null;
  const files = eraseFiles(db);
  db.transaction(() => {
    forgetExportedFiles(db);
    markCleanupDone(db);
  }).immediate();
  if (db.memory) return { filesErased: files.erased, filesGone: files.gone, logsEmptied: true };
  db.exec('VACUUM main');
  db.exec('VACUUM search');
  const logsEmptied = logEmptied(db, 'main') && logEmptied(db, 'search');
  return { filesErased: files.erased, filesGone: files.gone, logsEmptied };
}
