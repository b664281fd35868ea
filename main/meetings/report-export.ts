import type { Db } from '../../db/open.ts';
import { conferenceCalendar } from '../../db/queries/conference.ts';
import { timeIn } from '../../model/dates.ts';
import { csvBytes, type OutTable, xlsxBytes } from '../roster/write-table.ts';
import { type MeetingsReport, meetingsReport, type PartyContact } from './report.ts';

export type ReportFormat = 'csv' | 'xlsx';

const OUTCOME_LABEL = { held: 'held', 'no-show': 'not held', upcoming: 'upcoming', cancelled: 'cancelled' } as const;

const side = (c: PartyContact): string[] => [
  c.label, [...new Set(c.people.map((p) => p.organisation).filter(Boolean))].join('; '), c.people.map((p) => p.name).join('; '), c.people.map((p) => p.email).filter(Boolean).join('; '), c.present ? 'yes' : 'no',
];

/** Every meeting, one row each, with its outcome and both sides' people: the no-shows are the "not held" rows. */
export function reportTable(report: MeetingsReport, timeZone: string, onlyNoShows = false): OutTable {
  const rows = onlyNoShows ? report.noShows : report.meetings;
  return {
    headers: ['Day', `Start (${timeZone})`, `End (${timeZone})`, 'Table', 'Outcome', `Confirmed at (${timeZone})`, 'Sectors',
      'Party A', 'Party A organisation', 'Party A people', 'Party A e-mails', 'Party A at the event that day',
      'Party B', 'Party B organisation', 'Party B people', 'Party B e-mails', 'Party B at the event that day', 'Meeting id'],
    rows: rows.map((m) => [m.day, timeIn(timeZone, m.startsAt), timeIn(timeZone, m.endsAt), m.location, OUTCOME_LABEL[m.outcome],
      m.heldAt ? timeIn(timeZone, m.heldAt) : '', m.sectors.join('; '), ...side(m.a), ...side(m.b), m.id]),
  };
}

export interface ReportFile { readonly fileName: string; readonly mime: string; readonly bytes: Buffer; readonly rows: number }

/** The report as a spreadsheet (cells that a spreadsheet would run as formulas are kept as text). */
export async function meetingsReportFile(db: Db, format: ReportFormat, onlyNoShows = false, now = new Date()): Promise<ReportFile> {
  const calendar = conferenceCalendar(db);
  const table = reportTable(meetingsReport(db, now, { withMeetings: !onlyNoShows }), calendar?.timeZone ?? 'UTC', onlyNoShows);
  const slug = (calendar?.name ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'foyer';
  const bytes = format === 'csv' ? csvBytes(table) : await xlsxBytes(table, onlyNoShows ? 'Meetings not held' : 'Meetings');
  return {
    fileName: `${slug}-${onlyNoShows ? 'meetings-not-held' : 'meetings'}.${format}`,
    mime: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes, rows: table.rows.length,
  };
}
