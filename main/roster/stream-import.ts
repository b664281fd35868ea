import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { withBackgroundCheckpoint } from '../../db/background-checkpoint.ts';
import type { Db } from '../../db/open.ts';
import { loadRosterSnapshot } from '../../db/queries/roster-snapshot.ts';
import { InputError } from '../errors.ts';
import type { Actor } from '../events/envelope.ts';
import { inTransactionWithIndexThread } from '../search/import-with-index-thread.ts';
import { delimiterName } from './delimiter.ts';
import { emitBatchEnd, emitPeople } from './emit-import-events.ts';
import type { ImportedRow } from './plan-import.ts';
import { createPlanner } from './plan-import.ts';
import { startRowReader } from './read-thread-client.ts';
import type { ImportOptions, ImportReport } from './run-import.ts';
import type { RowProblem, ValidatedRows } from './validate-rows.ts';

/** Rows between two progress messages. */
const PROGRESS_EVERY = 5_000;

const byLine = (a: RowProblem, b: RowProblem): number => a.line - b.line;

/**
 * Imports a large CSV file while a second thread reads it: the rows are planned and written batch
 * by batch as they are parsed and checked, in one transaction that a bad file (found at any line)
 * rolls back whole. Makes the same events and the same report as reading the file first.
 */
export function importCsvWhileReading(db: Db, actor: Actor, path: string, options: ImportOptions, say: (m: string) => void): ImportReport {
  const reader = startRowReader(path, options);
  const batchId = randomUUID();
  const work = (): ImportReport => {
    const { mapping, encoding, delimiter } = reader.header();
    // Rows read ahead of the planner, and every e-mail of the file seen so far.
    const ahead: ValidatedRows[] = [];
    const emails = new Map<string, number>();
    let ended = false;
    let rowsTotal = 0;
    const read = (): ValidatedRows | null => {
      const batch = reader.next();
      if (!batch) {
        ended = true;
        return null;
      }
      rowsTotal += batch.read;
      for (const r of batch.rows) {
        const email = r.fields.email?.toLowerCase();
        if (email) emails.set(email, (emails.get(email) ?? 0) + 1);
      }
      return batch;
    };
    // An e-mail matches a known person only if the whole file has it once: read to the end first.
    const emailsInFile = (email: string): number => {
      for (let batch = ended ? null : read(); batch; batch = ended ? null : read()) ahead.push(batch);
      return emails.get(email) ?? 0;
    };
    const planner = createPlanner(loadRosterSnapshot(db), emailsInFile, options.markMissing ?? true);
    const problems: RowProblem[] = [];
    let candidates = 0;
    let held: ImportedRow[] = [];
    let planned = 0;
    let said = 0;
    for (let batch = ahead.shift() ?? read(); batch; batch = ahead.shift() ?? (ended ? null : read())) {
      problems.push(...batch.problems);
      candidates += batch.rows.length;
      const rows = planner.add(batch.rows);
      planned += rows.length;
      held = emitPeople(db, actor, batchId, held.length > 0 ? [...held, ...rows] : rows, true);
      const emitted = Math.floor((planned - held.length) / PROGRESS_EVERY) * PROGRESS_EVERY;
      if (emitted > said) {
        said = emitted;
        say(`Imported ${emitted.toLocaleString('en')} rows so far…`);
      }
    }
    emitPeople(db, actor, batchId, held, false);
    if (rowsTotal === 0) throw new InputError('The file has a header row but no data rows.');
    if (candidates === 0) {
      const first = problems[0];
      throw new InputError(`No row can be imported${first ? ` (line ${first.line}: ${first.message}, and ${problems.length - 1} more)` : ''}.`);
    }
    const plan = planner.finish();
    const all = [...problems, ...plan.problems].sort(byLine);
    emitBatchEnd(db, actor, { batchId, fileName: basename(path), preset: mapping.preset, rowsTotal, problems: all }, plan);
    say(`Imported ${planned.toLocaleString('en')} of ${rowsTotal.toLocaleString('en')} rows.`);
    const warnings = mapping.columns.some((c) => c.target === 'code' || c.target === 'email')
      ? []
      : ['No ticket-code or e-mail column: a re-import of this file cannot recognise anyone and will add everyone again.'];
    return {
      outcome: 'imported', file: path, format: 'csv', encoding, delimiter: delimiterName(delimiter), preset: mapping.preset,
      mapping: mapping.columns.map((c) => ({ column: c.index + 1, header: c.header, field: c.target })),
      rowsTotal, added: plan.added, updated: plan.updated, unchanged: plan.unchanged,
      missing: plan.missingIds.length, skipped: all.length, problems: all, warnings, batchId,
    };
  };
  try {
    return withBackgroundCheckpoint(db, () => inTransactionWithIndexThread(db, work)).result;
  } finally {
    reader.close();
  }
}
