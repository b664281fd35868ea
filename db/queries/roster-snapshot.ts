import type { Db } from '../handle.ts';
import type { AttendeeFields } from '../../model/attendee.ts';
import { decodeFieldClock, type FieldClock } from './field-clock.ts';

/** What an import needs to know about one attendee already in the database. */
export interface KnownAttendee {
  readonly id: string;
  readonly fields: AttendeeFields;
  readonly fieldClock: FieldClock;
  readonly codes: string[];
  readonly fromImport: boolean;
  readonly missingFromSource: boolean;
}

interface Row {
  id: string; first_name: string; family_name: string; display_name: string; organisation: string; job_title: string;
  country: string; email: string; category: string; days: string | null; status: AttendeeFields['status']; notes: string;
  attention: number; share_contact: number; publish_consent: number; custom: string; import_batch: string | null; missing_from_source: number;
  field_clock: string; attention_note: string | null; status_reason: string; valid_from: string | null; valid_until: string | null;
  checked_in_at_source: string;
}

/** Every attendee with its codes, in two scans: planning a 100,000-row import must not do 200,000 lookups. */
export function loadRosterSnapshot(db: Db): Map<string, KnownAttendee> {
  const rows = db.prepare(
    `SELECT id, first_name, family_name, display_name, organisation, job_title, country, email, category, days, status,
            notes, attention, share_contact, publish_consent, custom, import_batch, missing_from_source, field_clock,
            attention_note, status_reason, valid_from, valid_until, checked_in_at_source FROM attendees`,
  ).all() as Row[];
  const byId = new Map<string, KnownAttendee>();
  for (const r of rows) {
    byId.set(r.id, {
      id: r.id,
      fields: {
        firstName: r.first_name, familyName: r.family_name, displayName: r.display_name, organisation: r.organisation,
        jobTitle: r.job_title, country: r.country, email: r.email, category: r.category,
        days: r.days === null ? null : (JSON.parse(r.days) as string[]), status: r.status, notes: r.notes,
        attention: r.attention === 1, shareContact: r.share_contact === 1, publishConsent: r.publish_consent === 1, custom: JSON.parse(r.custom) as Record<string, string>,
        attentionNote: r.attention_note, statusReason: r.status_reason, validFrom: r.valid_from, validUntil: r.valid_until,
        checkedInAtSource: r.checked_in_at_source,
      },
      fieldClock: decodeFieldClock(r.field_clock),
      codes: [],
      fromImport: r.import_batch !== null,
      missingFromSource: r.missing_from_source === 1,
    });
  }
  const codes = db.prepare('SELECT code, attendee_id FROM ticket_codes').raw().all() as [string, string][];
  for (const [code, id] of codes) byId.get(id)?.codes.push(code);
  return byId;
}
