import { writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { Db } from '../../db/open.ts';
import { conferenceCalendar } from '../../db/queries/conference.ts';
import { recordExportedFile } from '../../db/queries/privacy.ts';
import { dayIn, timeIn } from '../../model/dates.ts';
import { InputError } from '../errors.ts';
import { csvBytes, type OutTable, xlsxBytes } from '../roster/write-table.ts';

// Two lists for the organiser: the participant list that may be published (only those who agreed,
// and only what a published list shows), and the audit log of every change (who, where, when,
// what kind), which names a person only by their Foyer id.

export type PrivacyList = 'participants' | 'audit';

function participants(db: Db): OutTable {
  const rows = db.prepare(`SELECT display_name, first_name, family_name, organisation, job_title, country FROM attendees
    WHERE publish_consent = 1 AND status = 'active'
    ORDER BY family_name COLLATE NOCASE, first_name COLLATE NOCASE, display_name COLLATE NOCASE`).raw().all() as string[][];
  return { headers: ['Name', 'First name', 'Family name', 'Organisation', 'Job title', 'Country'], rows };
}

/** What an event did, without its personal payload: the person by id, counts, the names of fields changed. */
export function auditDetail(payload: Record<string, unknown>): { attendee: string; detail: string } {
  const attendee = typeof payload.attendeeId === 'string' ? payload.attendeeId : typeof payload.id === 'string' ? payload.id : '';
  const parts: string[] = [];
  if (Array.isArray(payload.rows)) parts.push(`people: ${payload.rows.length}`);
  if (payload.patch && typeof payload.patch === 'object') parts.push(`changed: ${Object.keys(payload.patch).join(', ')}`);
  if (typeof payload.day === 'string') parts.push(`day ${payload.day}`);
  if (typeof payload.method === 'string') parts.push(`by ${payload.method}`);
  for (const ref of ['checkinId', 'jobId', 'requestId', 'batchId', 'sessionId'] as const) {
    if (typeof payload[ref] === 'string') parts.push(`${ref.replace(/Id$/, '')} ${payload[ref]}`);
  }
  // A room-door undo names the check-ins it took back.
  if (Array.isArray(payload.checkinIds)) parts.push(`checkins ${payload.checkinIds.join(' ')}`);
  return { attendee, detail: parts.join('; ') };
}

function audit(db: Db): OutTable {
  const zone = conferenceCalendar(db)?.timeZone ?? 'UTC';
  const events = db.prepare('SELECT id, type, at, desk, operator, origin, payload FROM events ORDER BY at, id').all() as
    { id: string; type: string; at: string; desk: string; operator: string; origin: string; payload: string }[];
  return {
    headers: [`Day (${zone})`, `Time (${zone})`, 'At (UTC)', 'Desk', 'Operator', 'What', 'Attendee id', 'Detail', 'Event id'],
    rows: events.map((e) => {
      const { attendee, detail } = auditDetail(JSON.parse(e.payload) as Record<string, unknown>);
      const at = new Date(e.at);
      return [dayIn(zone, at), timeIn(zone, at), e.at, e.desk, e.operator, e.type, attendee, detail, e.id];
    }),
  };
}

export interface ListExport {
  readonly list: PrivacyList;
  readonly file: string;
  readonly format: 'csv' | 'xlsx';
  readonly rows: number;
}

/** Writes the list as CSV or XLSX (by the file's extension), cells safe from formulas; a purge erases it later. */
export async function exportPrivacyList(db: Db, list: PrivacyList, file: string): Promise<ListExport> {
  const ext = extname(file).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') throw new InputError(`-o ${file}: the file name must end in .csv or .xlsx.`);
  const table = list === 'participants' ? participants(db) : audit(db);
  const format = ext === '.csv' ? 'csv' : 'xlsx';
  const bytes = format === 'csv' ? csvBytes(table) : await xlsxBytes(table, list === 'participants' ? 'Participants' : 'Audit log');
  writeFileSync(file, bytes);
  recordExportedFile(db, resolve(file), list);
  return { list, file, format, rows: table.rows.length };
}
