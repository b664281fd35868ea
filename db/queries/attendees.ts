import type { Db } from '../handle.ts';
import { prepared } from '../prepared.ts';
import { decodeFieldClock, encodeFieldClock, type FieldClock } from './field-clock.ts';
import type { Attendee, AttendeeFields } from '../../model/attendee.ts';

interface AttendeeRow {
  rowid: number; id: string; first_name: string; family_name: string; display_name: string;
  organisation: string; job_title: string; country: string; email: string; category: string;
  days: string | null; status: Attendee['status']; notes: string; attention: number; attention_note: string | null; share_contact: number; publish_consent: number;
  custom: string; codes: string; source: string; import_batch: string | null; missing_from_source: number; missing_decided_by: string | null;
  field_clock: string; created_at: string; updated_at: string;
  status_reason: string; valid_from: string | null; valid_until: string | null; checked_in_at_source: string;
}

/** Per field: the event key that last set it and whether a desk (not an import) set it. */

export interface StoredAttendee extends Attendee {
  readonly rowid: number;
  readonly fieldClock: FieldClock;
  readonly missingDecidedBy: string | null;
}


function fromRow(r: AttendeeRow): StoredAttendee {
  return {
    rowid: r.rowid, id: r.id, firstName: r.first_name, familyName: r.family_name, displayName: r.display_name,
    organisation: r.organisation, jobTitle: r.job_title, country: r.country, email: r.email, category: r.category,
    days: r.days === null ? null : (JSON.parse(r.days) as string[]), status: r.status, notes: r.notes,
    attention: r.attention === 1, attentionNote: r.attention_note, shareContact: r.share_contact === 1, publishConsent: r.publish_consent === 1, custom: JSON.parse(r.custom) as Record<string, string>,
    codes: JSON.parse(r.codes) as string[], source: r.source, importBatch: r.import_batch, missingFromSource: r.missing_from_source === 1, missingDecidedBy: r.missing_decided_by,
    fieldClock: decodeFieldClock(r.field_clock), createdAt: r.created_at, updatedAt: r.updated_at,
    statusReason: r.status_reason, validFrom: r.valid_from, validUntil: r.valid_until,
    checkedInAtSource: r.checked_in_at_source,
  };
}

export function getAttendee(db: Db, id: string): StoredAttendee | undefined {
  const row = prepared(db, 'SELECT * FROM attendees WHERE id = ?').get(id) as AttendeeRow | undefined;
  return row && fromRow(row);
}

export function getAttendeesByRowid(db: Db, rowids: readonly number[]): StoredAttendee[] {
  const byRowid = prepared(db, 'SELECT * FROM attendees WHERE rowid = ?');
  return rowids.flatMap((rowid) => {
    const r = byRowid.get(rowid) as AttendeeRow | undefined;
    return r ? [fromRow(r)] : [];
  });
}

/** Up to `limit` attendees in rowid order after `rowid` (for walking the whole roster in batches). */
export function attendeesAfterRowid(db: Db, rowid: number, limit: number): StoredAttendee[] {
  const rows = prepared(db, 'SELECT * FROM attendees WHERE rowid > ? ORDER BY rowid LIMIT ?').all(rowid, limit) as AttendeeRow[];
  return rows.map(fromRow);
}

/** The attendee holding a ticket code (case-insensitive), through the primary-key index. */
export function attendeeIdByCode(db: Db, code: string): string | undefined {
  return prepared(db, 'SELECT attendee_id FROM ticket_codes WHERE code = ?').pluck().get(code) as string | undefined;
}

export function allAttendeeIds(db: Db): string[] {
  return prepared(db, 'SELECT id FROM attendees ORDER BY rowid').pluck().all() as string[];
}

export function countAttendees(db: Db): number {
  return prepared(db, 'SELECT count(*) FROM attendees').pluck().get() as number;
}

export interface AttendeeWrite {
  readonly id: string;
  readonly fields: AttendeeFields;
  readonly source: string;
  readonly importBatch: string | null;
  readonly missingFromSource: boolean;
  /** The batch that set missingFromSource, when it is not importBatch (see import-order.ts). */
  readonly missingDecidedBy: string | null;
  readonly fieldClock: FieldClock;
  readonly at: string;
}

/** Inserts or replaces the current state of one attendee; returns its rowid. */
export function writeAttendee(db: Db, a: AttendeeWrite): number {
  const f = a.fields;
  const params = [
    a.id, f.firstName, f.familyName, f.displayName, f.organisation, f.jobTitle, f.country, f.email, f.category,
    f.days === null ? null : JSON.stringify(f.days), f.status, f.notes, f.attention ? 1 : 0, f.shareContact ? 1 : 0,
    JSON.stringify(f.custom), a.source, a.importBatch, a.missingFromSource ? 1 : 0, a.missingDecidedBy,
    encodeFieldClock(a.fieldClock), a.at, a.at,
    f.attentionNote, f.publishConsent ? 1 : 0, f.statusReason, f.validFrom, f.validUntil, f.checkedInAtSource,
  ];
  return prepared(db, `INSERT INTO attendees (id, first_name, family_name, display_name, organisation, job_title, country, email,
         category, days, status, notes, attention, share_contact, custom, source, import_batch, missing_from_source,
         missing_decided_by, field_clock, created_at, updated_at,
         attention_note, publish_consent, status_reason, valid_from, valid_until, checked_in_at_source)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET first_name = excluded.first_name, family_name = excluded.family_name,
         display_name = excluded.display_name, organisation = excluded.organisation, job_title = excluded.job_title,
         country = excluded.country, email = excluded.email, category = excluded.category, days = excluded.days,
         status = excluded.status, notes = excluded.notes, attention = excluded.attention,
         share_contact = excluded.share_contact, custom = excluded.custom, source = excluded.source,
         import_batch = excluded.import_batch, missing_from_source = excluded.missing_from_source,
         missing_decided_by = excluded.missing_decided_by, publish_consent = excluded.publish_consent,
         field_clock = excluded.field_clock, attention_note = excluded.attention_note,
         status_reason = excluded.status_reason, valid_from = excluded.valid_from, valid_until = excluded.valid_until,
         checked_in_at_source = excluded.checked_in_at_source, updated_at = max(updated_at, excluded.updated_at)
       RETURNING rowid`,
    )
    .pluck()
    .get(...params) as number;
}

/**
 * Adds ticket codes not yet known; a code held by someone else is left with them. Returns every
 * code the person holds afterwards.
 */
export function addCodes(db: Db, attendeeId: string, codes: readonly string[]): string[] {
  const insert = prepared(db, 'INSERT INTO ticket_codes (code, attendee_id) VALUES (?, ?) ON CONFLICT (code) DO NOTHING');
  const added = codes.filter((code) => insert.run(code, attendeeId).changes === 1);
  const held = JSON.parse(prepared(db, 'SELECT codes FROM attendees WHERE id = ?').pluck().get(attendeeId) as string) as string[];
  if (added.length === 0) return held;
  const all = sortedCodes([...held, ...added]);
  prepared(db, 'UPDATE attendees SET codes = ? WHERE id = ?').run(JSON.stringify(all), attendeeId);
  return all;
}

/** Codes in one canonical order, so that every desk stores the same text. */
export const sortedCodes = (codes: readonly string[]): string[] => [...new Set(codes)].sort();
