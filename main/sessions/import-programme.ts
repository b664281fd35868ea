import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { Db } from '../../db/open.ts';
import { readConference } from '../../db/queries/conference.ts';
import { getSession, sessionByTitleAndStart } from '../../db/queries/sessions.ts';
import { dayIn } from '../../model/dates.ts';
import { InputError } from '../errors.ts';
import { apply } from '../events/apply.ts';
import { type Actor, newEvent } from '../events/envelope.ts';
import { toDay, toInstant } from '../meetings/times.ts';
import { readTable } from '../roster/read-table.ts';
import type { TableRow } from '../roster/table.ts';
import { type ProgrammeField, programmeMapping } from './columns.ts';
import type { SessionDefinition } from './events.ts';

export interface RowProblem {
  readonly line: number;
  readonly message: string;
}

export interface ProgrammeImportReport {
  readonly file: string;
  readonly format: 'csv' | 'xlsx';
  readonly encoding: string | null;
  readonly delimiter: string | null;
  readonly mapping: Partial<Record<ProgrammeField, string>>;
  readonly rowsTotal: number;
  readonly added: number;
  readonly updated: number;
  readonly skipped: number;
  readonly problems: readonly RowProblem[];
  /** True when nothing was written (a dry run, or --strict with problems). */
  readonly dryRun: boolean;
}

/** Sessions per event: a large programme stays well under the size of one sync message. */
const SESSIONS_PER_EVENT = 200;

/** A session without an id in the file gets the same id on every desk and every import. */
const sessionIdFor = (title: string, startsAt: string): string =>
  `s-${createHash('sha256').update(`${title}|${startsAt}`).digest('base64url').slice(0, 16)}`;

const OPEN = new Set(['', 'open', 'deschis', 'liber', 'free', 'public', 'all', 'toti', 'oricine']);
// "registered", "registration only", "înregistrați", "pe bază de înscriere", "invitation", "listă"…
const REGISTERED = /^(registered|registration|by registration|invitation|invite only|list|lista|(pe baza de )?(inregistr|inscri|invitati)\w*)( only)?$/;
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
const categoryList = (text: string): string[] => [...new Set(text.split(/[,;/|+]| and | si /).map((c) => c.trim().toLowerCase()).filter(Boolean))];

/** The access rule from the access and categories cells: open, registered, or a list of categories. */
function accessOf(accessCell: string, categoriesCell: string): Pick<SessionDefinition, 'access' | 'categories'> | string {
  const access = fold(accessCell);
  const categories = categoryList(categoriesCell);
  if (REGISTERED.test(access)) return { access: 'registered', categories };
  if (OPEN.has(access) && categories.length === 0) return { access: 'open', categories: [] };
  const listed = OPEN.has(access) || access === 'category' || access === 'categorie' ? categories : categoryList(accessCell);
  if (listed.length === 0) return `access "${accessCell}" is not open, registered or a list of categories`;
  return { access: 'category', categories: listed };
}

/**
 * Reads a programme file and merges it into the sessions: by the file's session id when it has
 * one, else by (title, start). Bad rows are reported by line and skipped (with `strict`, the file
 * changes nothing); the good ones are written as one event, in one transaction.
 */
export async function importProgramme(db: Db, actor: Actor, path: string, options: { dryRun?: boolean; strict?: boolean } = {}): Promise<ProgrammeImportReport> {
  const event = readConference(db);
  if (!event) throw new InputError('No event in this database: run `foyer event create` first.');
  const { days, timeZone } = event.settings;
  const read = await readTable(path);
  if (read.table.rows.length === 0) throw new InputError('The file has a header row but no data rows.');
  const mapping = programmeMapping(read.table);
  const fromXlsx = read.format === 'xlsx';
  const problems: RowProblem[] = [];
  const sessions: SessionDefinition[] = [];
  const seen = new Map<string, number>();
  const cell = (row: TableRow, f: ProgrammeField): string => (mapping[f] === undefined ? '' : (row.cells[mapping[f]] ?? '').trim());
  let updated = 0;
  for (const row of read.table.rows) {
    if (row.cells.every((c) => c.trim() === '')) continue;
    const bad = (message: string): void => void problems.push({ line: row.line, message });
    const title = cell(row, 'title');
    if (!title) { bad('no title'); continue; }
    const dateCell = cell(row, 'date');
    const day = dateCell ? toDay(dateCell, fromXlsx) : null;
    if (dateCell && !day) { bad(`date "${dateCell}" is not a date (use YYYY-MM-DD or DD.MM.YYYY)`); continue; }
    const start = toInstant(cell(row, 'start'), fromXlsx, day ?? days[0] ?? null, timeZone);
    if (!start) { bad(`start "${cell(row, 'start')}" is not a time`); continue; }
    const startDay = dayIn(timeZone, start);
    if (!days.includes(startDay)) { bad(`${startDay} is not a day of the event (${days.join(', ')})`); continue; }
    const endCell = cell(row, 'end');
    const end = endCell ? toInstant(endCell, fromXlsx, startDay, timeZone) : null;
    if (endCell && !end) { bad(`end "${endCell}" is not a time`); continue; }
    if (!end || end <= start) { bad(endCell ? `ends (${endCell}) before it starts (${cell(row, 'start')})` : 'no end time'); continue; }
    const capacityCell = cell(row, 'capacity');
    const capacity = capacityCell === '' ? null : Number(capacityCell.replace(/[\s.,](?=\d{3}\b)/g, ''));
    if (capacity !== null && (!Number.isInteger(capacity) || capacity <= 0)) { bad(`capacity "${capacityCell}" is not a whole number of seats`); continue; }
    const access = accessOf(cell(row, 'access'), cell(row, 'categories'));
    if (typeof access === 'string') { bad(access); continue; }
    const startsAt = start.toISOString();
    const existing = cell(row, 'id') ? null : sessionByTitleAndStart(db, title, startsAt);
    const id = cell(row, 'id') || existing?.id || sessionIdFor(title, startsAt);
    const earlier = seen.get(id);
    if (earlier !== undefined) { bad(`the same session as line ${earlier}`); continue; }
    seen.set(id, row.line);
    if (existing || getSession(db, id)) updated += 1;
    sessions.push({
      id, title, room: cell(row, 'room'), startsAt, endsAt: end.toISOString(), day: startDay,
      type: cell(row, 'type').toLowerCase(), capacity, ...access, speakers: cell(row, 'speakers'),
    });
  }
  const write = !options.dryRun && !(options.strict && problems.length > 0) && sessions.length > 0;
  if (write) {
    db.transaction(() => {
      for (let i = 0; i < sessions.length; i += SESSIONS_PER_EVENT) apply(db, newEvent(actor, 'sessions.defined', { sessions: sessions.slice(i, i + SESSIONS_PER_EVENT) }));
    }).immediate();
  }
  const named = Object.fromEntries(Object.entries(mapping).map(([f, i]) => [f, read.table.headers[i as number] ?? '']));
  return {
    file: basename(path), format: read.format, encoding: read.encoding, delimiter: read.delimiter, mapping: named,
    rowsTotal: read.table.rows.length, added: write ? sessions.length - updated : 0, updated: write ? updated : 0,
    skipped: read.table.rows.length - sessions.length, problems, dryRun: !write,
  };
}
