import type { Db } from '../../db/open.ts';
import { activeCheckins, type CheckinRow } from '../../db/queries/checkins.ts';
import type { DoubleAdmission } from '../../model/checkins.ts';

/**
 * Desks that were apart can both admit the same person. Both check-ins are kept (nothing a desk
 * recorded is thrown away); the earliest counts as "checked in at", the others are shown as
 * possible double admissions.
 */
export interface CheckinState {
  /** The check-in that counts (earliest by time, then id), or null if not checked in that day. */
  readonly first: CheckinRow | null;
  /** Later check-ins of the same person that day, e.g. "also checked in at Desk 2 at 09:15". */
  readonly others: readonly CheckinRow[];
}

export function checkinState(db: Db, attendeeId: string, day: string): CheckinState {
  const [first, ...others] = activeCheckins(db, attendeeId, day);
  return { first: first ?? null, others };
}

/** A person with more than one active check-in on a day, earliest first (model/checkins.ts). */
export type { DoubleAdmission };

/** People with more than one active check-in on a day (all days when none is given), for the dashboard. */
export function doubleAdmissions(db: Db, day?: string): DoubleAdmission[] {
  const groups = db
    .prepare(
      `SELECT c.attendee_id AS attendeeId, c.day, a.display_name AS displayName, min(c.at) AS firstAt
       FROM checkins c JOIN attendees a ON a.id = c.attendee_id
       WHERE c.undone_at IS NULL AND (@day IS NULL OR c.day = @day)
       GROUP BY c.attendee_id, c.day HAVING count(*) > 1
       ORDER BY c.day, firstAt`,
    )
    .all({ day: day ?? null }) as { attendeeId: string; day: string; displayName: string }[];
  return groups.map((g) => ({ ...g, checkins: activeCheckins(db, g.attendeeId, g.day) }));
}
