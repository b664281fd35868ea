import type { FieldClock, StoredAttendee } from '../../db/queries/attendees.ts';
import { type AttendeeFields, emptyFields, type FieldName } from './attendee.ts';

/**
 * Field-by-field last-writer-wins, ordered by event key, so every desk reaches the same state
 * whatever order events arrive in. A field edited at a desk is pinned: imports never overwrite
 * it (a name corrected at the desk survives a re-import of the stale export).
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
    if (stamp && !byDesk && stamp[1] === 1) continue;
    if (stamp && stamp[0] > key) continue;
    (fields as Record<FieldName, unknown>)[name] = value;
    clock[name] = [key, byDesk ? 1 : 0];
  }
  return { fields, clock };
}

export function pickFields(a: AttendeeFields): AttendeeFields {
  return {
    firstName: a.firstName, familyName: a.familyName, displayName: a.displayName, organisation: a.organisation,
    jobTitle: a.jobTitle, country: a.country, email: a.email, category: a.category, days: a.days, status: a.status,
    notes: a.notes, attention: a.attention, shareContact: a.shareContact, custom: a.custom,
  };
}
