import { type AttendeeFields, composeDisplayName } from '../../model/attendee.ts';
import type { Mapping } from './mapping.ts';
import type { Table, TableRow } from './table.ts';
import { blockedCell, categoryFor, statusFor, truthy } from './value-maps.ts';
import { parseWallTime } from './wall-time.ts';

export interface RowProblem {
  readonly line: number;
  readonly message: string;
}

/** A file row that passed the checks: the codes it carries and the fields its columns set. */
export interface CandidateRow {
  readonly line: number;
  readonly codes: readonly string[];
  readonly fields: Partial<AttendeeFields>;
}

// The limits of attendeeFieldsSchema, checked here so a long cell is a row problem, not a failed import.
const MAX_LENGTH = Object.entries({
  firstName: 200, familyName: 200, displayName: 300, organisation: 300, jobTitle: 300, country: 100, email: 320, notes: 4000,
  attentionNote: 4000, checkedInAtSource: 100,
} satisfies Partial<Record<keyof AttendeeFields, number>>) as [keyof AttendeeFields, number][];
const MAX_CUSTOM = 4000;
const MAX_CODE = 200;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Built = { ok: true; row: CandidateRow } | { ok: false; message: string };

/** Builds one row's fields from its cells, or says what is wrong with it; dates end up in `eventZone`. */
function buildRow(row: TableRow, mapping: Mapping, eventZone: string): Built {
  const value = (i: number): string => (row.cells[i] ?? '').trim();
  const fields: Partial<AttendeeFields> = {};
  const codes: string[] = [];
  const custom: Record<string, string> = {};
  let fullName: string | undefined;
  let hasCustom = false;
  let blocked: boolean | undefined;
  let statusWord = '';
  for (const col of mapping.columns) {
    const v = value(col.index);
    switch (col.target) {
      case 'firstName': fields.firstName = v; break;
      case 'familyName': fields.familyName = v; break;
      case 'fullName': fullName = v; break;
      case 'email': fields.email = v; break;
      case 'organisation': fields.organisation = v; break;
      case 'jobTitle': fields.jobTitle = v; break;
      case 'country': fields.country = v; break;
      case 'notes': fields.notes = v; break;
      case 'attention': fields.attention = truthy(v); break;
      case 'consent': fields.publishConsent = truthy(v); break;
      case 'attentionNote': fields.attentionNote = v; break;
      case 'checkedInAtSource': fields.checkedInAtSource = v; break;
      case 'blocked': blocked = blockedCell(v); break;
      case 'validFrom':
      case 'validUntil': {
        const wall = v === '' ? null : parseWallTime(v, col.target === 'validUntil', col.zone === 'UTC' ? eventZone : undefined);
        if (wall === undefined) return { ok: false, message: `cannot read the date "${v}" in column "${col.header}" (write it as 2026-05-14 09:00)` };
        fields[col.target] = wall;
        break;
      }
      case 'category':
        fields.category = categoryFor(v);
        if (v) custom[col.header] = v;
        hasCustom = true;
        break;
      case 'status': {
        const status = statusFor(v);
        if (!status) return { ok: false, message: `unknown status "${v}" in column "${col.header}"` };
        fields.status = status;
        statusWord = v;
        break;
      }
      case 'code':
        if (v.length > MAX_CODE) return { ok: false, message: `code in column "${col.header}" is longer than ${MAX_CODE} characters` };
        if (v) codes.push(v);
        break;
      case 'orderCode':
      case 'custom':
        hasCustom = true;
        if (v.length > MAX_CUSTOM) return { ok: false, message: `column "${col.header}" is longer than ${MAX_CUSTOM} characters` };
        if (v) custom[col.header] = v;
        break;
      case 'ignore': break;
    }
  }
  applyStatusDetails(fields, mapping, blocked, statusWord);
  const displayName = fullName || composeDisplayName(fields.firstName ?? '', fields.familyName ?? '');
  if (!displayName) return { ok: false, message: 'missing name' };
  fields.displayName = displayName;
  if (hasCustom) fields.custom = custom;
  if (fields.email && !EMAIL_RE.test(fields.email)) return { ok: false, message: `bad e-mail "${fields.email}"` };
  for (const [name, max] of MAX_LENGTH) {
    const v = fields[name];
    if (typeof v === 'string' && v.length > max) return { ok: false, message: `${name} is longer than ${max} characters` };
  }
  return { ok: true, row: { line: row.line, codes: [...new Set(codes)], fields } };
}

/**
 * What the source system says beside the status: a "Blocked" column blocks (and, empty, unblocks:
 * a re-import that lifts the block lifts it here); the status word is kept as the reason a person
 * is not active; an Eventbrite "Checked In" status is history from the source system.
 */
function applyStatusDetails(fields: Partial<AttendeeFields>, mapping: Mapping, blocked: boolean | undefined, statusWord: string): void {
  const system = mapping.system ?? 'the source system';
  if (blocked === true) {
    fields.status = 'blocked';
    fields.statusReason = `blocked in ${system}`;
    return;
  }
  if (blocked === false && fields.status === undefined) fields.status = 'active';
  if (fields.status !== undefined) {
    const plain = statusWord.trim().toLowerCase() === fields.status || statusWord.trim() === '';
    fields.statusReason = fields.status === 'active' || plain ? '' : `"${statusWord.trim()}" in ${system}`;
  }
  const hasCheckinColumn = mapping.columns.some((c) => c.target === 'checkedInAtSource');
  if (!hasCheckinColumn && statusWord && statusFor(statusWord) === 'active' && /checked.?in/i.test(statusWord)) {
    fields.checkedInAtSource = `${statusWord} (${system})`;
  }
}

/**
 * Checks every row on its own (name present, e-mail well formed, status known, lengths) and the
 * file as a whole (a ticket code appears once): good rows go on, bad ones become problems. Dates a
 * file writes in UTC are turned into wall-clock times in `eventZone`, the event's time zone.
 */
export function validateRows(table: Table, mapping: Mapping, eventZone: string): { rows: CandidateRow[]; problems: RowProblem[] } {
  const rows: CandidateRow[] = [];
  const problems: RowProblem[] = [];
  const codeLine = new Map<string, number>();
  for (const tableRow of table.rows) {
    const built = buildRow(tableRow, mapping, eventZone);
    if (!built.ok) {
      problems.push({ line: tableRow.line, message: built.message });
      continue;
    }
    const dup = built.row.codes.find((c) => codeLine.has(c.toLowerCase()));
    if (dup !== undefined) {
      problems.push({ line: tableRow.line, message: `duplicate code "${dup}" (also on line ${codeLine.get(dup.toLowerCase())})` });
      continue;
    }
    for (const c of built.row.codes) codeLine.set(c.toLowerCase(), tableRow.line);
    rows.push(built.row);
  }
  return { rows, problems };
}
