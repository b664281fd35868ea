import { basename } from 'node:path';
import type { Db } from '../../db/open.ts';
import { readConference } from '../../db/queries/conference.ts';
import { getSession, sessionsTitled } from '../../db/queries/sessions.ts';
import { InputError } from '../errors.ts';
import { applyInTransaction } from '../events/apply.ts';
import { type Actor, newEvent } from '../events/envelope.ts';
import { partyMatcher } from '../meetings/parties.ts';
import { readTable } from '../roster/read-table.ts';
import type { TableRow } from '../roster/table.ts';
import { type RegistrationField, registrationMapping } from './columns.ts';
import type { RowProblem } from './import-programme.ts';

export interface RegistrationImportReport {
  readonly file: string;
  readonly format: 'csv' | 'xlsx';
  readonly rowsTotal: number;
  readonly registered: number;
  readonly skipped: number;
  readonly problems: readonly RowProblem[];
  readonly dryRun: boolean;
}

/** Registrations per event: 2,000 pairs of ids stay far under the size of one sync message. */
const PER_EVENT = 2_000;

/**
 * Reads a registrations file (a session id or title and a person's ticket code, e-mail or name per
 * row) and puts those people on the sessions' lists, in one transaction. Rows naming an unknown
 * session or person are reported by line and skipped (with `strict`, nothing is written).
 */
export async function importRegistrations(db: Db, actor: Actor, path: string, options: { dryRun?: boolean; strict?: boolean } = {}): Promise<RegistrationImportReport> {
  if (!readConference(db)) throw new InputError('No event in this database: run `foyer event create` first.');
  const read = await readTable(path);
  if (read.table.rows.length === 0) throw new InputError('The file has a header row but no data rows.');
  const mapping = registrationMapping(read.table);
  const cell = (row: TableRow, f: RegistrationField): string => (mapping[f] === undefined ? '' : (row.cells[mapping[f]] ?? '').trim());
  const match = partyMatcher(db);
  const problems: RowProblem[] = [];
  const pairs = new Map<string, { sessionId: string; attendeeId: string }>();
  for (const row of read.table.rows) {
    if (row.cells.every((c) => c.trim() === '')) continue;
    const bad = (message: string): void => void problems.push({ line: row.line, message });
    const ref = cell(row, 'sessionId') || cell(row, 'session');
    if (!ref) { bad('no session'); continue; }
    const byId = getSession(db, ref);
    const titled = byId ? [byId] : sessionsTitled(db, ref);
    if (titled.length === 0) { bad(`no session with id or title "${ref}"`); continue; }
    if (titled.length > 1) { bad(`${titled.length} sessions are titled "${ref}": give the session id`); continue; }
    const person = match({ code: cell(row, 'code'), email: cell(row, 'email'), name: cell(row, 'name'), organisation: '' });
    if ('problem' in person) { bad(person.problem); continue; }
    const sessionId = (titled[0] as { id: string }).id;
    pairs.set(`${sessionId}|${person.id}`, { sessionId, attendeeId: person.id });
  }
  const registrations = [...pairs.values()];
  const write = !options.dryRun && !(options.strict && problems.length > 0) && registrations.length > 0;
  if (write) {
    db.transaction(() => {
      for (let i = 0; i < registrations.length; i += PER_EVENT) {
        applyInTransaction(db, newEvent(actor, 'sessions.registered', { registrations: registrations.slice(i, i + PER_EVENT) }));
      }
    }).immediate();
  }
  return {
    file: basename(path), format: read.format, rowsTotal: read.table.rows.length, registered: write ? registrations.length : 0,
    skipped: problems.length, problems, dryRun: !write,
  };
}
