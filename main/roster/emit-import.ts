import type { Db } from '../../db/open.ts';
import { applyInTransaction } from '../events/apply.ts';
import { type Actor, newEvent } from '../events/envelope.ts';
import type { ImportPlan, ImportedRow } from './plan-import.ts';
import type { RowProblem } from './validate-rows.ts';

/** Rows per `attendees.imported` event, and a byte budget so one event stays well under 1 MB. */
const ROWS_PER_EVENT = 500;
const BYTES_PER_EVENT = 400_000;
/** Ids per event: 10,000 UUIDs are about 400 KB. */
const MISSING_PER_EVENT = 10_000;
/** Problems recorded with the batch; the report on screen has them all. */
const PROBLEMS_IN_EVENT = 1_000;

/** About the JSON length of a row, without serialising it (that cost ~150 ms at 100k rows). */
function approxSize(row: ImportedRow): number {
  let size = 120 + row.id.length; // keys, quotes and punctuation
  for (const c of row.codes) size += c.length + 3;
  for (const [key, value] of Object.entries(row.fields)) {
    size += key.length + 4;
    if (typeof value === 'string') size += value.length;
    else if (value !== null && typeof value === 'object') size += JSON.stringify(value).length;
    else size += 5;
  }
  return size;
}

function* chunks(rows: readonly ImportedRow[]): Generator<ImportedRow[]> {
  let chunk: ImportedRow[] = [];
  let bytes = 0;
  for (const row of rows) {
    const size = approxSize(row);
    if (chunk.length > 0 && (chunk.length >= ROWS_PER_EVENT || bytes + size > BYTES_PER_EVENT)) {
      yield chunk;
      chunk = [];
      bytes = 0;
    }
    chunk.push(row);
    bytes += size;
  }
  if (chunk.length > 0) yield chunk;
}

export interface BatchInfo {
  readonly batchId: string;
  readonly fileName: string;
  readonly preset: string;
  readonly rowsTotal: number;
  readonly problems: readonly RowProblem[];
}

/**
 * Expresses an import as events, so other desks replay exactly the same thing: the people in
 * chunks, then the batch with those missing from the file. Call inside a transaction that is rolled
 * back whole on any error: the events apply without savepoints of their own, which at 100k rows
 * cost more than a second (each one copied the pages it touched).
 */
export function emitImportEvents(db: Db, actor: Actor, batch: BatchInfo, plan: ImportPlan, progress: (done: number) => void): void {
  let done = 0;
  for (const rows of chunks(plan.rows)) {
    applyInTransaction(db, newEvent(actor, 'attendees.imported', { batchId: batch.batchId, rows }));
    done += rows.length;
    progress(done);
  }
  const missing = plan.missingIds;
  for (let i = 0; i + MISSING_PER_EVENT < missing.length; i += MISSING_PER_EVENT) {
    applyInTransaction(db, newEvent(actor, 'import.missing', { batchId: batch.batchId, missingIds: missing.slice(i, i + MISSING_PER_EVENT) }));
  }
  const lastMissing = missing.slice(Math.floor(Math.max(0, missing.length - 1) / MISSING_PER_EVENT) * MISSING_PER_EVENT);
  const problems = batch.problems.slice(0, PROBLEMS_IN_EVENT);
  if (batch.problems.length > PROBLEMS_IN_EVENT) {
    problems.push({ line: 0, message: `and ${batch.problems.length - PROBLEMS_IN_EVENT} more problems` });
  }
  applyInTransaction(db, newEvent(actor, 'import.completed', {
    batchId: batch.batchId, fileName: batch.fileName, preset: batch.preset, rowsTotal: batch.rowsTotal,
    added: plan.added, updated: plan.updated, missingIds: lastMissing, missingCount: missing.length, problems,
  }));
}
