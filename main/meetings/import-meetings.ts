import { createHash, randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { Db } from '../../db/open.ts';
import { getAttendee } from '../../db/queries/attendees.ts';
import { readConference } from '../../db/queries/conference.ts';
import type { MeetingRecord } from '../../db/queries/meetings.ts';
import { InputError } from '../errors.ts';
import { apply } from '../events/apply.ts';
import { type Actor, newEvent } from '../events/envelope.ts';
import { timeIn } from '../../model/dates.ts';
import { readTable } from '../roster/read-table.ts';
import type { TableRow } from '../roster/table.ts';
import { type MeetingField, type MeetingMapping, resolveMeetingMapping } from './columns.ts';
import { type PartyMatch, partyMatcher, type PartyRef } from './parties.ts';
import { meetingStatusOf, sectorTags } from './status.ts';
import { parseDuration, toDay, toInstant } from './times.ts';

export interface MeetingProblem {
  readonly line: number;
  readonly kind: 'invalid' | 'unmatched' | 'overlap';
  readonly message: string;
}

export interface MeetingImportReport {
  readonly file: string;
  readonly format: 'csv' | 'xlsx';
  readonly encoding: string | null;
  readonly delimiter: string | null;
  readonly mapping: Partial<Record<MeetingField, string>>;
  readonly rowsTotal: number;
  readonly imported: number;
  /** Of those imported, how many the schedule marks cancelled or declined. */
  readonly cancelled: number;
  /** Of those imported, how many have an organisation (all its representatives) as a party. */
  readonly organisationMeetings: number;
  readonly skipped: number;
  readonly problems: readonly MeetingProblem[];
  readonly batchId: string | null;
}

interface Planned extends MeetingRecord {
  readonly line: number;
}

type Matched = Exclude<PartyMatch, { problem: string }>;
/** A party's key in the meeting id: the person, or the organisation whoever represents it. */
const partyKey = (p: Matched): string => (p.organisation === undefined ? p.id : `org:${p.organisation.toLowerCase()}`);
const repsOf = (p: Matched): readonly string[] => (p.organisation === undefined ? [p.id] : p.ids);

/** The same meeting gets the same id on every import, so a re-import moves meetings instead of adding them. */
const meetingId = (startsAt: string, a: string, b: string): string =>
  `m-${createHash('sha256').update(`${startsAt}|${[a, b].sort().join('|')}`).digest('base64url').slice(0, 22)}`;

function overlaps(planned: readonly Planned[], tz: string, nameOf: (id: string) => string): MeetingProblem[] {
  // A person cannot be in two meetings at once; an organisation with several people can.
  const byPerson = new Map<string, Planned[]>();
  for (const p of planned) {
    if (p.status === 'cancelled') continue;
    if (!p.orgA) byPerson.set(p.partyA, [...(byPerson.get(p.partyA) ?? []), p]);
    if (!p.orgB) byPerson.set(p.partyB, [...(byPerson.get(p.partyB) ?? []), p]);
  }
  const problems: MeetingProblem[] = [];
  for (const [who, list] of byPerson) {
    const sorted = [...list].sort((x, y) => x.startsAt.localeCompare(y.startsAt) || x.line - y.line);
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1] as Planned;
      const cur = sorted[i] as Planned;
      if (cur.startsAt < prev.endsAt) {
        problems.push({ line: cur.line, kind: 'overlap', message: `${nameOf(who)} is already in a meeting ${timeIn(tz, prev.startsAt)}–${timeIn(tz, prev.endsAt)} (line ${prev.line})` });
      }
    }
  }
  return problems;
}

/**
 * Imports a meetings file (the whole matchmaking schedule): rows whose parties cannot be matched
 * are skipped and reported by line, overlaps are reported, and the rest replace the schedule in
 * one `meetings.imported` event.
 */
export async function importMeetings(db: Db, actor: Actor, path: string, options: { map?: readonly string[]; dryRun?: boolean } = {}): Promise<MeetingImportReport> {
  const event = readConference(db);
  if (!event) throw new InputError('No event in this database: run `foyer event create` first.');
  const tz = event.settings.timeZone;
  const read = await readTable(path);
  if (read.table.rows.length === 0) throw new InputError('The file has a header row but no data rows.');
  const mapping = resolveMeetingMapping(read.table, options.map);
  const fromXlsx = read.format === 'xlsx';
  const match = partyMatcher(db);
  const problems: MeetingProblem[] = [];
  const planned: Planned[] = [];
  const cell = (row: TableRow, f: MeetingField): string => (mapping[f] === undefined ? '' : (row.cells[mapping[f]] ?? '').trim());
  const party = (row: TableRow, side: 'A' | 'B'): PartyRef => ({
    email: cell(row, `email${side}`), code: cell(row, `code${side}`), name: cell(row, `name${side}`), organisation: cell(row, `organisation${side}`),
  });
  for (const row of read.table.rows) {
    if (row.cells.every((c) => c.trim() === '')) continue;
    const bad = (kind: MeetingProblem['kind'], message: string): void => void problems.push({ line: row.line, kind, message });
    const day = cell(row, 'date') ? toDay(cell(row, 'date'), fromXlsx) : (event.settings.days[0] ?? null);
    if (cell(row, 'date') && !day) { bad('invalid', `date "${cell(row, 'date')}" is not a date (use YYYY-MM-DD)`); continue; }
    const start = toInstant(cell(row, 'start'), fromXlsx, day, tz);
    if (!start) { bad('invalid', `start "${cell(row, 'start')}" is not a time`); continue; }
    let end: Date | null = null;
    if (cell(row, 'end')) end = toInstant(cell(row, 'end'), fromXlsx, day ?? start.toISOString().slice(0, 10), tz);
    else if (cell(row, 'duration')) {
      const minutes = parseDuration(cell(row, 'duration'));
      end = minutes ? new Date(start.getTime() + minutes * 60_000) : null;
    }
    if (!end || end <= start) { bad('invalid', `no valid end time or duration (end must be after the start)`); continue; }
    const a = match(party(row, 'A'));
    const b = match(party(row, 'B'));
    if ('problem' in a || 'problem' in b) {
      if ('problem' in a) bad('unmatched', `party A: ${a.problem}`);
      if ('problem' in b) bad('unmatched', `party B: ${b.problem}`);
      continue;
    }
    const repsA = repsOf(a);
    const repsB = repsOf(b);
    if (repsA.some((id) => repsB.includes(id))) { bad('invalid', a.organisation || b.organisation ? 'the same person stands on both sides' : 'both parties are the same person'); continue; }
    const status = meetingStatusOf(cell(row, 'status'));
    if (!status) { bad('invalid', `status "${cell(row, 'status')}" is not a meeting status (e.g. confirmed, cancelled, declined)`); continue; }
    const startsAt = start.toISOString();
    planned.push({
      line: row.line, id: meetingId(startsAt, partyKey(a), partyKey(b)), startsAt, endsAt: end.toISOString(), location: cell(row, 'location'),
      partyA: a.id, partyB: b.id, status, orgA: a.organisation ?? '', orgB: b.organisation ?? '', repsA, repsB, sectors: sectorTags(cell(row, 'sectors')),
    });
  }
  problems.push(...overlaps(planned, tz, (id) => getAttendee(db, id)?.displayName ?? id));
  problems.sort((x, y) => x.line - y.line);
  const batchId = options.dryRun || planned.length === 0 ? null : randomUUID();
  if (batchId) {
    const meetings = planned.map(({ line: _line, ...m }) => m);
    apply(db, newEvent(actor, 'meetings.imported', { batchId, meetings, replaceAllExcept: meetings.map((m) => m.id) }));
  }
  const named = Object.fromEntries(Object.entries(mapping as MeetingMapping).map(([f, i]) => [f, read.table.headers[i as number] ?? ''])) as MeetingImportReport['mapping'];
  return {
    file: basename(path), format: read.format, encoding: read.encoding, delimiter: read.delimiter, mapping: named,
    rowsTotal: read.table.rows.length, imported: batchId ? planned.length : 0,
    cancelled: batchId ? planned.filter((p) => p.status === 'cancelled').length : 0,
    organisationMeetings: batchId ? planned.filter((p) => p.orgA || p.orgB).length : 0, skipped: read.table.rows.length - planned.length, problems, batchId,
  };
}
