import { extname } from 'node:path';
import type { Db } from '../../db/open.ts';
import { eventCalendar } from '../../db/queries/event.ts';
import { checkinsForExport, noShowsForExport } from '../../db/queries/exports.ts';
import { timeIn } from '../event/today.ts';
import { InputError } from '../errors.ts';
import { type OutTable, writeCsv, writeXlsx } from './write-table.ts';

export type ExportKind = 'checkins' | 'no-shows';

export interface ExportResult {
  readonly kind: ExportKind;
  readonly file: string;
  readonly format: 'csv' | 'xlsx';
  readonly rows: number;
  readonly day: string | null;
}

function tableOf(db: Db, kind: ExportKind, day: string | null): OutTable {
  if (kind === 'checkins') {
    const rows = checkinsForExport(db, day);
    // Staff read the venue's clock, so the local time leads; the UTC instant stays for sorting
    // and for matching the event log.
    const zone = eventCalendar(db)?.timeZone;
    const local = (at: string): string[] => (zone ? [timeIn(zone, at)] : []);
    return {
      headers: ['Day', ...(zone ? [`Time (${zone})`] : []), 'Checked in at (UTC)', 'Name', 'First name', 'Family name', 'Organisation',
        'Country', 'Email', 'Category', 'Codes', 'Desk', 'Operator', 'Method', 'Attendee id'],
      rows: rows.map((r) => [r.day, ...local(r.at), r.at, r.name, r.firstName, r.familyName, r.organisation, r.country, r.email,
        r.category, r.codes, r.desk, r.operator, r.method, r.attendeeId]),
    };
  }
  const rows = noShowsForExport(db, day);
  return {
    headers: ['Name', 'First name', 'Family name', 'Organisation', 'Country', 'Email', 'Category', 'Codes', 'Attendee id'],
    rows: rows.map((r) => [r.name, r.firstName, r.familyName, r.organisation, r.country, r.email, r.category, r.codes, r.attendeeId]),
  };
}

/** Writes check-ins or no-shows to CSV or XLSX, chosen by the file's extension. */
export async function exportList(db: Db, kind: ExportKind, file: string, day: string | null = null): Promise<ExportResult> {
  const ext = extname(file).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') throw new InputError(`-o ${file}: the file name must end in .csv or .xlsx.`);
  const table = tableOf(db, kind, day);
  if (ext === '.csv') writeCsv(file, table);
  else await writeXlsx(file, table, kind === 'checkins' ? 'Check-ins' : 'No-shows');
  return { kind, file, format: ext === '.csv' ? 'csv' : 'xlsx', rows: table.rows.length, day };
}
