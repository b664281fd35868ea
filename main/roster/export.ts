import { writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { Db } from '../../db/open.ts';
import { conferenceCalendar } from '../../db/queries/conference.ts';
import { checkinsForExport, noShowsForExport } from '../../db/queries/exports.ts';
import { recordExportedFile } from '../../db/queries/privacy.ts';
import { timeIn } from '../../model/dates.ts';
import { InputError } from '../errors.ts';
import { csvBytes, type OutTable, xlsxBytes } from './write-table.ts';

export type ExportKind = 'checkins' | 'no-shows';
export type ExportFormat = 'csv' | 'xlsx';

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
    const zone = conferenceCalendar(db)?.timeZone;
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

const MIME: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface ExportedFile {
  /** A name to save it under: the event, the list and the day, e.g. ecc-2019-no-shows-2019-05-14.xlsx. */
  readonly fileName: string;
  readonly mime: string;
  readonly bytes: Buffer;
  readonly rows: number;
}

function fileNameFor(db: Db, kind: ExportKind, format: ExportFormat, day: string | null): string {
  const event = conferenceCalendar(db)?.name ?? '';
  const slug = event.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'foyer';
  return `${slug}-${kind}-${day ?? 'all-days'}.${format}`;
}

/** Check-ins or no-shows of one day (or of every day when day is null), as a file's bytes. */
export async function exportFile(db: Db, kind: ExportKind, format: ExportFormat, day: string | null): Promise<ExportedFile> {
  const table = tableOf(db, kind, day);
  const bytes = format === 'csv' ? csvBytes(table) : await xlsxBytes(table, kind === 'checkins' ? 'Check-ins' : 'No-shows');
  return { fileName: fileNameFor(db, kind, format, day), mime: MIME[format], bytes, rows: table.rows.length };
}

/** Writes check-ins or no-shows to CSV or XLSX, chosen by the file's extension. */
export async function exportList(db: Db, kind: ExportKind, file: string, day: string | null = null): Promise<ExportResult> {
  const ext = extname(file).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') throw new InputError(`-o ${file}: the file name must end in .csv or .xlsx.`);
  const format = ext === '.csv' ? 'csv' : 'xlsx';
  const out = await exportFile(db, kind, format, day);
  writeFileSync(file, out.bytes);
  recordExportedFile(db, resolve(file), kind); // personal data: a purge erases it
  return { kind, file, format, rows: out.rows, day };
}
