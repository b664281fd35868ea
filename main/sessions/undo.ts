import type { Db } from '../../db/open.ts';
import { getAttendee, type StoredAttendee } from '../../db/queries/attendees.ts';
import { activeSessionCheckinIds, sessionCheckinById } from '../../db/queries/session-undo.ts';
import { getSession, type Session, sessionAttendance } from '../../db/queries/sessions.ts';
import { apply } from '../events/apply.ts';
import { type Actor, newEvent } from '../events/envelope.ts';
import type { RoomCount } from './checkin.ts';

/** The undo was not possible: nothing to undo, or no reason given. The message says which. */
export class SessionUndoError extends Error {}

export interface SessionUndoResult {
  readonly session: Session;
  readonly attendee: StoredAttendee;
  /** The check-ins taken back (usually one). */
  readonly undone: readonly string[];
  readonly at: string;
  /** The room after the undo: the seat is free again. */
  readonly count: RoomCount;
}

/**
 * Takes a person out of a session's attendance (a wrong badge scanned at the room door), with
 * staff's reason: every check-in of theirs there that counts. They can be scanned in again.
 * One immediate transaction, like the check-in it corrects.
 */
export function undoSessionAttendance(
  db: Db, actor: Actor, target: { sessionId: string; attendeeId: string }, reason: string, now = new Date(),
): SessionUndoResult {
  return db.transaction(() => undoIn(db, actor, target, reason, now)).immediate();
}

/** The same, from one room-door check-in's id (the person's history at the desk, `foyer undo ID`). */
export function undoSessionCheckin(db: Db, actor: Actor, checkinId: string, reason: string, now = new Date()): SessionUndoResult {
  return db.transaction((): SessionUndoResult => {
    const c = sessionCheckinById(db, checkinId);
    if (!c) throw new SessionUndoError(`No room-door check-in with id ${checkinId}.`);
    if (c.undoneAt) {
      throw new SessionUndoError(`Room-door check-in ${checkinId} was already undone at ${c.undoneAt} by ${c.undoneOperator ?? ''} at ${c.undoneDesk ?? ''}.`);
    }
    return undoIn(db, actor, { sessionId: c.sessionId, attendeeId: c.attendeeId }, reason, now);
  }).immediate();
}

function undoIn(db: Db, actor: Actor, target: { sessionId: string; attendeeId: string }, reason: string, now: Date): SessionUndoResult {
  const why = reason.trim();
  if (!why) throw new SessionUndoError('Say why the room-door check-in is undone (the reason is kept in the person\'s history).');
  const session = getSession(db, target.sessionId);
  if (!session) throw new SessionUndoError(`No session with id ${target.sessionId}.`);
  const attendee = getAttendee(db, target.attendeeId);
  if (!attendee) throw new SessionUndoError(`No attendee with id ${target.attendeeId}.`);
  const ids = activeSessionCheckinIds(db, session.id, attendee.id);
  if (ids.length === 0) throw new SessionUndoError(`${attendee.displayName} is not checked in to "${session.title}": there is nothing to undo.`);
  const e = newEvent(actor, 'session.checkin.undone', { sessionId: session.id, attendeeId: attendee.id, checkinIds: ids, reason: why }, now);
  apply(db, e);
  return { session, attendee, undone: ids, at: e.at, count: { admitted: sessionAttendance(db, session.id), capacity: session.capacity } };
}
