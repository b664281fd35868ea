import type { Db } from '../handle.ts';
import { prepared } from '../prepared.ts';
import type { CheckinView } from '../../model/checkins.ts';

/** A check-in row as stored: the contract's check-in view (model/checkins.ts). */
export type CheckinRow = Readonly<CheckinView>;

const COLUMNS = (t: string): string => `${t}id AS id, ${t}attendee_id AS attendeeId, ${t}day AS day, ${t}at AS at,
  ${t}desk AS desk, ${t}operator AS operator, ${t}method AS method, ${t}code AS code,
  ${t}undone_at AS undoneAt, ${t}undone_by AS undoneBy`;
const SELECT = `SELECT ${COLUMNS('')} FROM checkins`;
const SELECT_C = `SELECT ${COLUMNS('c.')}`;

export function insertCheckin(db: Db, c: Omit<CheckinRow, 'undoneAt' | 'undoneBy'>): void {
  prepared(db, `INSERT INTO checkins (day, attendee_id, id, at, desk, operator, method, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(c.day, c.attendeeId, c.id, c.at, c.desk, c.operator, c.method, c.code);
}

export function markUndone(db: Db, c: Pick<CheckinRow, 'day' | 'attendeeId' | 'id'>, at: string, by: string): number {
  return prepared(db, `UPDATE checkins SET undone_at = ?, undone_by = ?
     WHERE day = ? AND attendee_id = ? AND id = ? AND undone_at IS NULL`,
  ).run(at, by, c.day, c.attendeeId, c.id).changes;
}

/**
 * A check-in by its id. The table is keyed by (day, attendee_id, id); the check-in's event has the
 * same id (events.id is UNIQUE) and names the day and the person, so this is two key lookups.
 */
export function getCheckin(db: Db, id: string): CheckinRow | undefined {
  return prepared(
    db,
    `${SELECT_C} FROM events e JOIN checkins c
       ON c.day = e.payload ->> '$.day' AND c.attendee_id = e.payload ->> '$.attendeeId' AND c.id = e.id
     WHERE e.id = ? AND e.type = 'checkin.recorded'`,
  ).get(id) as CheckinRow | undefined;
}

/**
 * Check-ins of one person on one day that were not undone: a range of the primary key
 * (day, attendee_id, …), usually one row. Unordered in SQL: a sorter costs more than the lookup
 * on the check-in path, so activeCheckins orders the one or two rows itself.
 */
export const ACTIVE_CHECKINS_SQL = `${SELECT} WHERE day = ? AND attendee_id = ? AND undone_at IS NULL`;

/** Earliest first by time, then id (the one that counts): the same order on every desk. */
const byAtThenId = (a: CheckinRow, b: CheckinRow): number =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export function activeCheckins(db: Db, attendeeId: string, day: string): CheckinRow[] {
  const rows = prepared(db, ACTIVE_CHECKINS_SQL).all(day, attendeeId) as CheckinRow[];
  return rows.length > 1 ? rows.sort(byAtThenId) : rows;
}

/** Every check-in of one person, on any event day (one primary-key range per day). */
export function checkinsOfAttendee(db: Db, attendeeId: string): CheckinRow[] {
  return prepared(
    db,
    `${SELECT} WHERE day IN (SELECT value FROM event, json_each(event.days)) AND attendee_id = ? ORDER BY at`,
  ).all(attendeeId) as CheckinRow[];
}

export function checkinsOfDay(db: Db, day: string): CheckinRow[] {
  return db.prepare(`${SELECT} WHERE day = ? AND undone_at IS NULL ORDER BY at`).all(day) as CheckinRow[];
}
