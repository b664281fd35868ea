import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { withBackgroundCheckpoint } from '../../db/background-checkpoint.ts';
import type { Db } from '../../db/open.ts';
import { readConference } from '../../db/queries/conference.ts';
import { listImportBatches } from '../../db/queries/import-batches.ts';
import { loadRosterSnapshot } from '../../db/queries/roster-snapshot.ts';
import { InputError } from '../errors.ts';
import { inTransactionWithIndexThread } from '../search/import-with-index-thread.ts';
import { spawnIndexThread, type SpawnedIndexThread } from '../search/index-thread-client.ts';
import type { Actor } from '../events/envelope.ts';
import type { Target } from './columns.ts';
import type { TextEncoding } from './decode.ts';
import { emitImportEvents } from './emit-import.ts';
import type { MappingOptions, PresetBasis } from './mapping.ts';
import { planImport } from './plan-import.ts';
import { type PreparedImport, prepareImport } from './prepare-import.ts';
import type { RowProblem } from './validate-rows.ts';

export interface ImportOptions extends MappingOptions {
  /** Show what would happen, change nothing. */
  readonly dryRun?: boolean;
  /** Any row problem rejects the whole file. */
  readonly strict?: boolean;
  /** Mark people imported before but absent from this file (default true). */
  readonly markMissing?: boolean;
  readonly progress?: (message: string) => void;
  /** How to create the event, said when there is none yet (the CLI's command by default; Setup names its screen). */
  readonly createEventHint?: string;
}

export interface ImportReport {
  readonly outcome: 'imported' | 'dry-run' | 'rejected';
  readonly file: string;
  readonly format: 'csv' | 'xlsx';
  readonly encoding: TextEncoding | null;
  readonly delimiter: string | null;
  readonly preset: string;
  /** Why that preset: chosen with --preset, or detected from which headers. */
  readonly presetReason: string;
  readonly presetBasis: PresetBasis;
  readonly mapping: readonly { column: number; header: string; field: Target }[];
  readonly rowsTotal: number;
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly missing: number;
  readonly skipped: number;
  readonly problems: readonly RowProblem[];
  readonly warnings: readonly string[];
  readonly batchId: string | null;
}

export const CLI_CREATE_EVENT =
  'create it first with `foyer event create --name "…" --start YYYY-MM-DD --end YYYY-MM-DD --time-zone Europe/…`, then import again';

/**
 * Files big enough to make someone wait: progress on stderr, the search index written on a second
 * thread, and the checkpoint off the commit.
 */
const LARGE_FROM_ROWS = 5_000;
/** Bytes of a file that will likely have that many rows (a usual export has 60-120 bytes a row). */
export const LIKELY_LARGE_BYTES = 256 * 1024;

/** The file's size, or 0 when it cannot be read (readTable then says why). */
function fileBytes(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/**
 * An import needs the event: its days and time zone decide every admission, and people imported
 * without it would be refused at the first scan. A preview says so; an import refuses.
 */
function noEventMessage(options: ImportOptions): string {
  return `No event on this desk yet: ${options.createEventHint ?? CLI_CREATE_EVENT}.`;
}

/** The demo event (`foyer demo`, or the app's first start), still under its demo name, rather than the organiser's own. */
function holdsDemoEvent(db: Db): boolean {
  const name = readConference(db)?.settings.name ?? '';
  return name.endsWith('(demo)') && listImportBatches(db).some((b) => b.preset === 'demo');
}

/**
 * Imports a roster file (CSV or XLSX) in one transaction: either every good row lands (or, with
 * `strict`, none when any row is bad), or nothing changes. Bad files throw InputError.
 */
export async function importFile(db: Db, actor: Actor, path: string, options: ImportOptions = {}): Promise<ImportReport> {
  if (!options.dryRun && !readConference(db)) throw new InputError(noEventMessage(options));
  // A file that may well be large has the search index's thread started while it is read.
  const indexThread = !options.dryRun && !db.memory && fileBytes(path) >= LIKELY_LARGE_BYTES ? spawnIndexThread(db) : undefined;
  try {
    return commitPrepared(db, actor, await prepareImport(path, options, readConference(db)?.settings.timeZone), options, indexThread);
  } catch (err) {
    indexThread?.discard();
    throw err;
  }
}

/** Plans a prepared file against the roster and, unless a dry run, applies it as events. */
export function commitPrepared(
  db: Db, actor: Actor, prepared: PreparedImport, options: ImportOptions, indexThread?: SpawnedIndexThread,
): ImportReport {
  if (!options.dryRun && !readConference(db)) throw new InputError(noEventMessage(options));
  const { mapping, rowsTotal } = prepared;
  const large = rowsTotal >= LARGE_FROM_ROWS;
  if (!large) indexThread?.discard();
  const say = (m: string): void => {
    if (large) options.progress?.(m);
  };
  say(`Read ${rowsTotal.toLocaleString('en')} rows; checking them…`);
  const warnings = [...prepared.warnings];
  if (options.dryRun && !readConference(db)) warnings.unshift(noEventMessage(options));
  if (holdsDemoEvent(db)) warnings.unshift(`The event on this desk is still the demo: ${options.createEventHint ?? CLI_CREATE_EVENT}.`);
  const batchId = randomUUID();
  const work = (): ImportReport => {
    const plan = planImport(loadRosterSnapshot(db), prepared.rows, options.markMissing ?? true);
    const problems = [...prepared.problems, ...plan.problems].sort((a, b) => a.line - b.line);
    const outcome = options.dryRun ? 'dry-run' : options.strict && problems.length > 0 ? 'rejected' : 'imported';
    if (outcome === 'imported') {
      const total = plan.rows.length;
      emitImportEvents(db, actor, { batchId, fileName: basename(prepared.file), preset: mapping.preset, rowsTotal, problems }, plan,
        (done) => {
          if (done % 5_000 < 500 || done === total) say(`Imported ${done.toLocaleString('en')} of ${total.toLocaleString('en')}…`);
        });
    }
    return {
      outcome, file: prepared.file, format: prepared.format, encoding: prepared.encoding, delimiter: prepared.delimiter,
      preset: mapping.preset, presetReason: mapping.presetReason, presetBasis: mapping.presetBasis,
      mapping: mapping.columns.map((c) => ({ column: c.index + 1, header: c.header, field: c.target })),
      rowsTotal, added: plan.added, updated: plan.updated, unchanged: plan.unchanged,
      missing: plan.missingIds.length, skipped: problems.length, problems, warnings, batchId: outcome === 'imported' ? batchId : null,
    };
  };
  // Immediate: the plan is made under the write lock, so no other desk process changes the roster in between.
  if (options.dryRun) return db.transaction(work).deferred();
  if (!large) return db.transaction(work).immediate();
  const { result } = withBackgroundCheckpoint(db, () => inTransactionWithIndexThread(db, work, indexThread));
  // The import left this connection's page cache full of the pages it wrote. Scans right after
  // were slower with it (CPU per check-in at p95: 120-140 µs against 80-95 µs once released).
  db.pragma('shrink_memory');
  return result;
}
