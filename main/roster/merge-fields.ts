import type { StoredAttendee } from '../../db/queries/attendees.ts';
import type { FieldClock } from '../../db/queries/field-clock.ts';
import { type AttendeeFields, emptyFields, type FieldName } from '../../model/attendee.ts';

/**
 * Field-by-field merge under one total order, so every desk reaches the same state whatever order
 * events arrive in: a desk edit beats any import (a name corrected at the desk survives a
 * re-import of the stale export, even with a desk clock running late); among edits, or among
 * imports, the later event key (time, then event id) wins.
 */
export function mergeFields(
  current: StoredAttendee | undefined,
  incoming: Partial<AttendeeFields>,
  key: string,
  byDesk: boolean,
): { fields: AttendeeFields; clock: FieldClock } {
  const fields: AttendeeFields = current ? pickFields(current) : emptyFields(incoming.displayName ?? '?');
  const clock: FieldClock = { ...(current?.fieldClock ?? {}) };
  for (const name of Object.keys(incoming) as FieldName[]) {
    const value = incoming[name];
    if (value === undefined) continue;
    const stamp = clock[name];
    if (stamp && !wins(byDesk ? 1 : 0, key, stamp)) continue;
    (fields as Record<FieldName, unknown>)[name] = value;
    clock[name] = [key, byDesk ? 1 : 0];
  }
  return { fields, clock };
}

const wins = (byDesk: 0 | 1, key: string, [stampKey, stampByDesk]: [string, 0 | 1]): boolean =>
  byDesk !== stampByDesk ? byDesk > stampByDesk : key > stampKey;

export function pickFields(a: AttendeeFields): AttendeeFields {
  return {
    firstName: a.firstName, familyName: a.familyName, displayName: a.displayName, organisation: a.organisation,
    jobTitle: a.jobTitle, country: a.country, email: a.email, category: a.category, days: a.days, status: a.status,
    notes: a.notes, attention: a.attention, shareContact: a.shareContact, publishConsent: a.publishConsent ?? false, custom: a.custom,
    attentionNote: a.attentionNote, statusReason: a.statusReason, validFrom: a.validFrom, validUntil: a.validUntil,
    checkedInAtSource: a.checkedInAtSource,
  };
}
