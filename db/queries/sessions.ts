// Sessions, their registrations and their room-door check-ins: reads, and the writes behind the
// session events (main/sessions/events.ts).
import type { Db } from '../open.ts';
import { prepared } from '../prepared.ts';

export type SessionAccess = 'open' | 'registered' | 'category';

export interface Session {
  readonly id: string;
  readonly title: string;
  readonly room: string;
  /** UTC instants. */
  readonly startsAt: string;
  readonly endsAt: string;
  /** The venue's day of the start. */
  readonly day: string;
  readonly type: string;
  readonly capacity: number | null;
  readonly access: SessionAccess;
  readonly categories: readonly string[];
  readonly speakers: string;
}

interface SessionRow extends Omit<Session, 'categories'> {
  readonly categories: string;
}

const COLUMNS = `id, title, room, starts_at AS startsAt, ends_at AS endsAt, day, type, capacity, access, categories, speakers`;
const fromRow = (r: SessionRow): Session => ({ ...r, categories: JSON.parse(r.categories) as string[] });

/** Writes a session definition unless a later one (by event key) was applied already. */
export function upsertSession(db: Db, s: Session, key: string): void {
  prepared(db, `INSERT INTO sessions (id, title, room, starts_at, ends_at, day, type, capacity, access, categories, speakers, updated_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, room = excluded.room, starts_at = excluded.starts_at,
       ends_at = excluded.ends_at, day = excluded.day, type = excluded.type, capacity = excluded.capacity,
       access = excluded.access, categories = excluded.categories, speakers = excluded.speakers, updated_key = excluded.updated_key
     WHERE excluded.updated_key > sessions.updated_key`,
  ).run(s.id, s.title, s.room, s.startsAt, s.endsAt, s.day, s.type, s.capacity, s.access, JSON.stringify(s.categories), s.speakers, key);
}

export function getSession(db: Db, id: string): Session | undefined {
  const r = prepared(db, `SELECT ${COLUMNS} FROM sessions WHERE id = ?`).get(id) as SessionRow | undefined;
  return r && fromRow(r);
}

/** Sessions with exactly this title (case-sensitive first, then without case), earliest first. */
export function sessionsTitled(db: Db, title: string): Session[] {
  const exact = prepared(db, `SELECT ${COLUMNS} FROM sessions WHERE title = ? ORDER BY starts_at`).all(title) as SessionRow[];
  const rows = exact.length > 0 ? exact
    : (prepared(db, `SELECT ${COLUMNS} FROM sessions WHERE title = ? COLLATE NOCASE ORDER BY starts_at`).all(title) as SessionRow[]);
  return rows.map(fromRow);
}

export function sessionByTitleAndStart(db: Db, title: string, startsAt: string): Session | undefined {
  const r = prepared(db, `SELECT ${COLUMNS} FROM sessions WHERE title = ? AND starts_at = ?`).get(title, startsAt) as SessionRow | undefined;
  return r && fromRow(r);
}

/** The whole programme, in time order (then room). */
export function allSessions(db: Db): Session[] {
  return (prepared(db, `SELECT ${COLUMNS} FROM sessions ORDER BY starts_at, room, title`).all() as SessionRow[]).map(fromRow);
}

/** The first session in the same room that starts at or after `after` (the one to offer next). */
export function nextSessionInRoom(db: Db, room: string, after: string, exceptId: string): Session | undefined {
  const r = prepared(db, `SELECT ${COLUMNS} FROM sessions WHERE room = ? AND starts_at >= ? AND id <> ? ORDER BY starts_at LIMIT 1`)
    .get(room, after, exceptId) as SessionRow | undefined;
  return r && fromRow(r);
}

export function addRegistration(db: Db, sessionId: string, attendeeId: string): void {
  prepared(db, 'INSERT OR IGNORE INTO session_registrations (session_id, attendee_id) VALUES (?, ?)').run(sessionId, attendeeId);
}

export function isRegistered(db: Db, sessionId: string, attendeeId: string): boolean {
  return prepared(db, 'SELECT 1 FROM session_registrations WHERE session_id = ? AND attendee_id = ?').get(sessionId, attendeeId) !== undefined;
}

export interface SessionCheckinRow {
  readonly id: string;
  readonly sessionId: string;
  readonly attendeeId: string;
  readonly at: string;
  readonly desk: string;
  readonly operator: string;
  readonly method: string;
  readonly code: string | null;
}

export function insertSessionCheckin(db: Db, c: SessionCheckinRow): void {
  prepared(db, `INSERT INTO session_checkins (session_id, attendee_id, id, at, desk, operator, method, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(c.sessionId, c.attendeeId, c.id, c.at, c.desk, c.operator, c.method, c.code);
}

/** The earliest check-in of a person into a session that was not undone (the one that counts), if any. */
export function firstSessionCheckin(db: Db, sessionId: string, attendeeId: string): SessionCheckinRow | undefined {
  return prepared(db, `SELECT id, session_id AS sessionId, attendee_id AS attendeeId, at, desk, operator, method, code
     FROM session_checkins WHERE session_id = ? AND attendee_id = ? AND undone_at IS NULL ORDER BY at, id LIMIT 1`).get(sessionId, attendeeId) as SessionCheckinRow | undefined;
}

/** People in a session (each counted once, however many desks admitted them; undone check-ins do not count). */
export function sessionAttendance(db: Db, sessionId: string): number {
  return prepared(db, 'SELECT count(DISTINCT attendee_id) FROM session_checkins WHERE session_id = ? AND undone_at IS NULL').pluck().get(sessionId) as number;
}

export function registrationCount(db: Db, sessionId: string): number {
  return prepared(db, 'SELECT count(*) FROM session_registrations WHERE session_id = ?').pluck().get(sessionId) as number;
}

/** Each person's first arrival in a session, in time order (the fill-over-time curve). */
export function firstArrivals(db: Db, sessionId: string): string[] {
  return prepared(db, 'SELECT min(at) AS at FROM session_checkins WHERE session_id = ? AND undone_at IS NULL GROUP BY attendee_id ORDER BY at')
    .pluck().all(sessionId) as string[];
}

export interface SessionListRow {
  readonly name: string; readonly firstName: string; readonly familyName: string; readonly organisation: string;
  readonly country: string; readonly email: string; readonly category: string; readonly codes: string;
  readonly attendeeId: string; readonly registered: number;
  /** Attendance only. */
  readonly at?: string; readonly desk?: string; readonly method?: string;
}

const codes = `coalesce((SELECT group_concat(value, ' ') FROM json_each(a.codes)), '')`;
const person = `a.display_name AS name, a.first_name AS firstName, a.family_name AS familyName, a.organisation, a.country,
  a.email, a.category, ${codes} AS codes, a.id AS attendeeId`;

/** Who came into a session: each person once, at their first admission, in arrival order. */
export function attendanceForExport(db: Db, sessionId: string): SessionListRow[] {
  return db.prepare(
    `SELECT ${person}, c.at, c.desk, c.method,
            EXISTS (SELECT 1 FROM session_registrations r WHERE r.session_id = c.session_id AND r.attendee_id = a.id) AS registered
       FROM session_checkins c JOIN attendees a ON a.id = c.attendee_id
      WHERE c.session_id = ? AND c.id = (SELECT c2.id FROM session_checkins c2
              WHERE c2.session_id = c.session_id AND c2.attendee_id = c.attendee_id AND c2.undone_at IS NULL ORDER BY c2.at, c2.id LIMIT 1)
      ORDER BY c.at, c.id`,
  ).all(sessionId) as SessionListRow[];
}

/** Registered people who did not come in: the session's no-shows. */
export function noShowsForSession(db: Db, sessionId: string): SessionListRow[] {
  return db.prepare(
    `SELECT ${person}, 1 AS registered
       FROM session_registrations r JOIN attendees a ON a.id = r.attendee_id
      WHERE r.session_id = ? AND NOT EXISTS (SELECT 1 FROM session_checkins c WHERE c.session_id = r.session_id AND c.attendee_id = r.attendee_id AND c.undone_at IS NULL)
      ORDER BY a.family_name, a.display_name`,
  ).all(sessionId) as SessionListRow[];
}
