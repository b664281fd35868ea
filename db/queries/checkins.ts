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

/** Check-ins of one person on one day that were not undone, earliest first (the first one counts). */
export function activeCheckins(db: Db, attendeeId: string, day: string): CheckinRow[] {
  return db
    .prepare(`${SELECT} WHERE attendee_id = ? AND day = ? AND undone_at IS NULL ORDER BY at, id`)
    .all(attendeeId, day) as CheckinRow[];
}

export function checkinsOfAttendee(db: Db, attendeeId: string): CheckinRow[] {
  return db.prepare(`${SELECT} WHERE attendee_id = ? ORDER BY at`).all(attendeeId) as CheckinRow[];
}

export function checkinsOfDay(db: Db, day: string): CheckinRow[] {
  return db.prepare(`${SELECT} WHERE day = ? AND undone_at IS NULL ORDER BY at`).all(day) as CheckinRow[];
}
