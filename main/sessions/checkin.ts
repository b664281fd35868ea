import type { Transaction } from 'better-sqlite3';
import type { Db } from '../../db/open.ts';
import { getAttendee, type StoredAttendee } from '../../db/queries/attendees.ts';
import { activeCheckins } from '../../db/queries/checkins.ts';
import { conferenceCalendar } from '../../db/queries/conference.ts';
import {
  firstSessionCheckin, getSession, isRegistered, type Session, sessionAttendance, type SessionCheckinRow,
} from '../../db/queries/sessions.ts';
import { entryRefusal } from '../checkin/checkin.ts';
import { resolveCode } from '../checkin/resolve.ts';
import { dayIn } from '../../model/dates.ts';
import { applyInTransaction } from '../events/apply.ts';
import { type Actor, newEvent } from '../events/envelope.ts';
import type { ENTRY_REASONS, SESSION_REFUSALS } from './views.ts';

export type SessionRefusal = (typeof SESSION_REFUSALS)[number];
export type EntryReason = (typeof ENTRY_REASONS)[number];

/** People in the room against its capacity (null: no limit). */
export interface RoomCount {
  readonly admitted: number;
  readonly capacity: number | null;
}

export type SessionCheckinResult =
  | {
    readonly outcome: 'admitted'; readonly checkinId: string; readonly attendee: StoredAttendee; readonly session: Session;
    readonly at: string; readonly count: RoomCount;
    /** The id of the front-door check-in made in the same step (the room door was the first scan), or null. */
    readonly frontDoorCheckinId: string | null;
  }
  | {
    readonly outcome: 'already'; readonly attendee: StoredAttendee; readonly session: Session; readonly first: SessionCheckinRow;
    readonly count: RoomCount; readonly message: string;
  }
  | {
    readonly outcome: 'refused'; readonly reason: SessionRefusal; readonly entryReason: EntryReason | null; readonly message: string;
    readonly attendee: StoredAttendee | null; readonly session: Session | null; readonly count: RoomCount | null;
  };

export interface SessionCheckinRequest {
  readonly sessionId: string;
  readonly target: { readonly code: string } | { readonly attendeeId: string };
  /** The venue's day; today there when absent. */
  readonly day?: string;
  readonly now?: Date;
}

/**
 * Decides and records a room-door check-in in one immediate (write-locked) transaction, like the
 * front door: two desks on one database cannot both let in the last person a full room takes,
 * and the answer comes after the commit reached the disk. A person valid today but not yet
 * through the front door is checked in there too, in the same transaction.
 */
export function checkInSession(db: Db, actor: Actor, request: SessionCheckinRequest): SessionCheckinResult {
  let tx = transactions.get(db);
  if (!tx) {
    tx = db.transaction((a: Actor, r: SessionCheckinRequest, now: Date) => decide(db, a, r, now));
    transactions.set(db, tx);
  }
  return tx.immediate(actor, request, request.now ?? new Date());
}

const transactions = new WeakMap<Db, Transaction<(actor: Actor, request: SessionCheckinRequest, now: Date) => SessionCheckinResult>>();

const refused = (
  reason: SessionRefusal, message: string,
  context: { attendee?: StoredAttendee; session?: Session; count?: RoomCount; entryReason?: EntryReason } = {},
): SessionCheckinResult => ({
  outcome: 'refused', reason, message, entryReason: context.entryReason ?? null,
  attendee: context.attendee ?? null, session: context.session ?? null, count: context.count ?? null,
});

function decide(db: Db, actor: Actor, request: SessionCheckinRequest, now: Date): SessionCheckinResult {
  const event = conferenceCalendar(db);
  if (!event) return refused('no-event', 'No event is set up on this desk yet.');
  const session = getSession(db, request.sessionId);
  if (!session) return refused('unknown-session', `No session with id ${request.sessionId}.`);
  const day = request.day ?? dayIn(event.timeZone, now);
  let attendeeId: string;
  let method: 'code' | 'badge' | 'id' = 'id';
  let code: string | null = null;
  if ('code' in request.target) {
    const r = resolveCode(db, request.target.code);
    if (r.kind === 'unknown') return refused('unknown-code', `Unknown code "${request.target.code.trim()}".`, { session });
    if (r.kind === 'forged') return refused('forged', r.message, { session });
    ({ attendeeId, method } = r);
    code = request.target.code.trim();
  } else {
    attendeeId = request.target.attendeeId;
  }
  const attendee = getAttendee(db, attendeeId);
  if (!attendee) return refused('unknown-code', `No attendee with id ${attendeeId}.`, { session });
  const count: RoomCount = { admitted: sessionAttendance(db, session.id), capacity: session.capacity };
  const context = { attendee, session, count };
  if (session.day !== day) return refused('session-not-today', `"${session.title}" is on ${session.day}, not ${day}.`, context);
  const entry = entryRefusal(event, attendee, day, now);
  if (entry) return refused('not-admitted', `Not admitted to the event on ${day}: ${entry.message}`, { ...context, entryReason: entry.reason });
  const first = firstSessionCheckin(db, session.id, attendee.id);
  if (first) return { outcome: 'already', attendee, session, first, count, message: `Already in "${session.title}" since ${first.at} (${first.desk}).` };
  const invited = session.access !== 'open' && isRegistered(db, session.id, attendee.id);
  if (session.access === 'registered' && !invited) return refused('not-registered', `Not on the list of "${session.title}".`, context);
  if (session.access === 'category' && !invited && !session.categories.includes(attendee.category)) {
    return refused('category-not-allowed', `"${session.title}" is for ${session.categories.join(', ')} only (${attendee.category}).`, context);
  }
  if (session.capacity !== null && count.admitted >= session.capacity) {
    return refused('session-full', `"${session.title}" is full (${count.admitted} / ${session.capacity}).`, context);
  }
  let frontDoorCheckinId: string | null = null;
  if (activeCheckins(db, attendee.id, day).length === 0) {
    const door = newEvent(actor, 'checkin.recorded', { attendeeId: attendee.id, day, method, code }, now);
    applyInTransaction(db, door);
    frontDoorCheckinId = door.id;
  }
  const e = newEvent(actor, 'session.checkin', { sessionId: session.id, attendeeId: attendee.id, method, code }, now);
  applyInTransaction(db, e);
  return {
    outcome: 'admitted', checkinId: e.id, attendee, session, at: e.at, frontDoorCheckinId,
    count: { admitted: count.admitted + 1, capacity: session.capacity },
  };
}
