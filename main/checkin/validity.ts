import type { AttendeeFields } from '../../model/attendee.ts';
import { dayIn, timeIn } from '../../model/dates.ts';

export type ValidityRefusal = { readonly reason: 'not-yet-valid' | 'no-longer-valid'; readonly message: string };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "14 May 09:00" for "2019-05-14T09:00" (the venue's wall-clock time, as stored). */
export function describeWallTime(wall: string): string {
  const [day, time] = wall.split('T') as [string, string];
  const [, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${time}`;
}

/**
 * A ticket's validity window (a pretix "Valid from" / "Valid until") checked against the time at
 * the venue: both sides are wall-clock times in the event's time zone, so they compare as text.
 * "Valid until 18:00" ends at 18:00, as pretix refuses once valid_until has passed: the minute it
 * names is already outside.
 */
export function outsideValidity(fields: Pick<AttendeeFields, 'validFrom' | 'validUntil'>, timeZone: string, now: Date): ValidityRefusal | undefined {
  if (fields.validFrom === null && fields.validUntil === null) return undefined;
  const wallNow = `${dayIn(timeZone, now)}T${timeIn(timeZone, now)}`;
  if (fields.validFrom !== null && wallNow < fields.validFrom) {
    return { reason: 'not-yet-valid', message: `Ticket valid from ${describeWallTime(fields.validFrom)}.` };
  }
  if (fields.validUntil !== null && wallNow >= fields.validUntil) {
    return { reason: 'no-longer-valid', message: `Ticket valid until ${describeWallTime(fields.validUntil)}.` };
  }
  return undefined;
}
