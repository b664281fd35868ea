// Room-door check-ins as the undo and the person's history see them: with their undo, if any.
// The writes behind the session undo's event (main/sessions/undo-events.ts).
import type { Db } from '../open.ts';
import { prepared } from '../prepared.ts';
import type { SessionCheckinRow } from './sessions.ts';

/** A room-door check-in with the undo that took it back (all null while it counts). */
export interface SessionCheckinRecord extends SessionCheckinRow {
  readonly undoneAt: string | null;
  readonly undoEvent: string | null;
  readonly undoneDesk: string | null;
  readonly undoneOperator: string | null;
  readonly undoReason: string | null;
}

const RECORD = `c.id, c.session_id AS sessionId, c.attendee_id AS attendeeId, c.at, c.desk, c.operator, c.method, c.code,
  c.undone_at AS undoneAt, c.undo_event AS undoEvent, c.undone_desk AS undoneDesk, c.undone_operator AS undoneOperator, c.undo_reason AS undoReason`;

/**
 * A room-door check-in by its id. Its event has the same id and names the session and the person,
 * so this is two key lookups (the table is keyed by session, person, id).
 */
export function sessionCheckinById(db: Db, id: string): SessionCheckinRecord | undefined {
  return prepared(db, `SELECT ${RECORD} FROM events e JOIN session_checkins c
       ON c.session_id = e.payload ->> '$.sessionId' AND c.attendee_id = e.payload ->> '$.attendeeId' AND c.id = e.id
     WHERE e.id = ? AND e.type = 'session.checkin'`).get(id) as SessionCheckinRecord | undefined;
}

/** One row by its full key (the reducer: the undo names the session, the person and the ids). */
export function sessionCheckinRecord(db: Db, sessionId: string, attendeeId: string, id: string): SessionCheckinRecord | undefined {
  return prepared(db, `SELECT ${RECORD} FROM session_checkins c WHERE c.session_id = ? AND c.attendee_id = ? AND c.id = ?`)
    .get(sessionId, attendeeId, id) as SessionCheckinRecord | undefined;
}

/** The person's check-ins into the session that still count (usually one; two desks cut off may have made two). */
export function activeSessionCheckinIds(db: Db, sessionId: string, attendeeId: string): string[] {
  return prepared(db, 'SELECT id FROM session_checkins WHERE session_id = ? AND attendee_id = ? AND undone_at IS NULL ORDER BY at, id')
    .pluck().all(sessionId, attendeeId) as string[];
}

export interface SessionUndoMark {
  readonly eventId: string;
  readonly at: string;
  readonly desk: string;
  readonly operator: string;
  readonly reason: string;
}

/**
 * Marks a room-door check-in undone. Two desks that undid the same check-in while cut off keep the
 * earlier undo (by time, then event id), whatever order the two events arrive in: every desk ends
 * with the same row. Returns whether the row changed.
 */
export function markSessionCheckinUndone(db: Db, key: { sessionId: string; attendeeId: string; id: string }, undo: SessionUndoMark): boolean {
  return prepared(db, `UPDATE session_checkins SET undone_at = ?, undo_event = ?, undone_desk = ?, undone_operator = ?, undo_reason = ?
     WHERE session_id = ? AND attendee_id = ? AND id = ? AND (undo_event IS NULL OR (undone_at, undo_event) > (?, ?))`,
  ).run(undo.at, undo.eventId, undo.desk, undo.operator, undo.reason, key.sessionId, key.attendeeId, key.id, undo.at, undo.eventId).changes > 0;
}

/** Every room-door check-in of one person with its session's title, in time order (one key range per session). */
export function sessionCheckinsOfAttendee(db: Db, attendeeId: string): SessionCheckinOfPerson[] {
  return prepared(db, `SELECT ${RECORD}, s.title, s.day FROM sessions s JOIN session_checkins c ON c.session_id = s.id AND c.attendee_id = ?
     ORDER BY c.at, c.id`).all(attendeeId) as SessionCheckinOfPerson[];
}

export interface SessionCheckinOfPerson extends SessionCheckinRecord {
  readonly title: string;
  readonly day: string;
}
