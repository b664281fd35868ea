import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Db } from '../../db/open.ts';
import { conferenceCalendar } from '../../db/queries/conference.ts';
import { attendanceForExport, noShowsForSession, type Session } from '../../db/queries/sessions.ts';
import { timeIn } from '../../model/dates.ts';
import { InputError } from '../errors.ts';
import { csvBytes, type OutTable, xlsxBytes } from '../roster/write-table.ts';

export type SessionList = 'attendance' | 'no-shows';

const PERSON = ['Name', 'First name', 'Family name', 'Organisation', 'Country', 'Email', 'Category', 'Codes'];

/** Who came into a session (venue time first, then UTC), or who registered and did not come. */
export function sessionTable(db: Db, session: Session, list: SessionList): OutTable {
  const zone = conferenceCalendar(db)?.timeZone ?? 'UTC';
  if (list === 'attendance') {
    return {
      headers: ['Session', 'Day', `Time (${zone})`, 'Entered at (UTC)', ...PERSON, 'Registered', 'Desk', 'Method', 'Attendee id'],
      rows: attendanceForExport(db, session.id).map((r) => [session.title, session.day, timeIn(zone, r.at as string), r.at as string,
        r.name, r.firstName, r.familyName, r.organisation, r.country, r.email, r.category, r.codes, r.registered ? 'yes' : 'no',
        r.desk as string, r.method as string, r.attendeeId]),
    };
  }
  return {
    headers: ['Session', 'Day', `Starts (${zone})`, ...PERSON, 'Attendee id'],
    rows: noShowsForSession(db, session.id).map((r) => [session.title, session.day, timeIn(zone, session.startsAt),
      r.name, r.firstName, r.familyName, r.organisation, r.country, r.email, r.category, r.codes, r.attendeeId]),
  };
}

const slug = (s: string): string => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 50) || 'session';

export interface SessionFile {
  readonly fileName: string;
  readonly mime: string;
  readonly bytes: Buffer;
  readonly rows: number;
}

/** A session's list as CSV or XLSX bytes (cells that a spreadsheet would run as formulas stay text). */
export async function sessionFile(db: Db, session: Session, list: SessionList, format: 'csv' | 'xlsx'): Promise<SessionFile> {
  const table = sessionTable(db, session, list);
  const bytes = format === 'csv' ? csvBytes(table) : await xlsxBytes(table, list === 'attendance' ? 'Attendance' : 'No-shows');
  return {
    fileName: `${slug(session.title)}-${session.day}-${list}.${format}`,
    mime: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes, rows: table.rows.length,
  };
}

/** Writes a session's list to a file; the format is the file's extension. */
export async function writeSessionList(db: Db, session: Session, list: SessionList, file: string): Promise<number> {
  const ext = extname(file).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') throw new InputError(`-o ${file}: the file name must end in .csv or .xlsx.`);
  const out = await sessionFile(db, session, list, ext === '.csv' ? 'csv' : 'xlsx');
  writeFileSync(file, out.bytes);
  return out.rows;
}
