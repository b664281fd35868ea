import type { Db } from '../open.ts';
import { prepared } from '../prepared.ts';

export interface CheckinRow {
  readonly id: string;
  readonly attendeeId: string;
  readonly day: string;
  readonly at: string;
  readonly desk: string;
  readonly operator: string;
  readonly method: string;
  readonly code: string | null;
  readonly undoneAt: string | null;
  readonly undoneBy: string | null;
}

const SELECT = `SELECT id, attendee_id AS attendeeId, day, at, desk, operator, method, code,
                undone_at AS undoneAt, undone_by AS undoneBy FROM checkins`;

export function insertCheckin(db: Db, c: Omit<CheckinRow, 'undoneAt' | 'undoneBy'>): void {
  prepared(db, `INSERT INTO checkins (id, attendee_id, day, at, desk, operator, method, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(c.id, c.attendeeId, c.day, c.at, c.desk, c.operator, c.method, c.code);
}

export function markUndone(db: Db, id: string, at: string, by: string): number {
  return prepared(db, 'UPDATE checkins SET undone_at = ?, undone_by = ? WHERE id = ? AND undone_at IS NULL').run(at, by, id)
    .changes;
}

export function getCheckin(db: Db, id: string): CheckinRow | undefined {
  return db.prepare(`${SELECT} WHERE id = ?`).get(id) as CheckinRow | undefined;
}

/**
 * Check-ins of one person on one day that were not undone, earliest first (the first one counts).
 * INDEXED BY: this lookup runs inside every check-in's write transaction, so its plan is pinned
 * to the index that finds the person's one or two rows directly (an index chosen to avoid the
 * sort would read every check-in of the day on each scan).
 */
export const ACTIVE_CHECKINS_SQL = `${SELECT} INDEXED BY checkins_day_attendee
  WHERE attendee_id = ? AND day = ? AND undone_at IS NULL ORDER BY at, id`;

export function activeCheckins(db: Db, attendeeId: string, day: string): CheckinRow[] {
  return prepared(db, ACTIVE_CHECKINS_SQL).all(attendeeId, day) as CheckinRow[];
}

/** Every check-in of one person, on any event day (through the day-then-person index). */
export function checkinsOfAttendee(db: Db, attendeeId: string): CheckinRow[] {
  return prepared(
    db,
    `${SELECT} WHERE day IN (SELECT value FROM event, json_each(event.days)) AND attendee_id = ? ORDER BY at`,
  ).all(attendeeId) as CheckinRow[];
}

export function checkinsOfDay(db: Db, day: string): CheckinRow[] {
  return db.prepare(`${SELECT} WHERE day = ? AND undone_at IS NULL ORDER BY at`).all(day) as CheckinRow[];
}
