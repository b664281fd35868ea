import type { Transaction } from 'better-sqlite3';
import type { Db } from '../../db/open.ts';
import { getAttendee, type StoredAttendee } from '../../db/queries/attendees.ts';
import { activeCheckins, getCheckin, type CheckinRow } from '../../db/queries/checkins.ts';
import { conferenceCalendar } from '../../db/queries/conference.ts';
import { apply, applyInTransaction } from '../events/apply.ts';
import { type Actor, newEvent } from '../events/envelope.ts';
import { dayIn } from '../conference/today.ts';
import { resolveCode } from './resolve.ts';
import { outsideValidity } from './validity.ts';

export type RefusalReason = 'cancelled' | 'blocked' | 'not-entitled' | 'not-event-day' | 'unknown-code' | 'forged' | 'no-event'
  | 'not-yet-valid' | 'no-longer-valid';

export type CheckinResult =
  | { readonly outcome: 'admitted'; readonly checkinId: string; readonly attendee: StoredAttendee; readonly day: string; readonly at: string }
  | { readonly outcome: 'already'; readonly attendee: StoredAttendee; readonly day: string; readonly first: CheckinRow; readonly message: string }
  | { readonly outcome: 'refused'; readonly reason: RefusalReason; readonly message: string; readonly attendee?: StoredAttendee; readonly day: string };

export type CheckinTarget = { readonly code: string } | { readonly attendeeId: string };

export interface CheckinRequest {
  readonly target: CheckinTarget;
  /** Event day (YYYY-MM-DD); today in the event's time zone when absent. */
  readonly day?: string;
  readonly now?: Date;
}

const refused = (reason: RefusalReason, message: string, day: string, attendee?: StoredAttendee): CheckinResult =>
  attendee ? { outcome: 'refused', reason, message, attendee, day } : { outcome: 'refused', reason, message, day };

/**
 * Decides and records a check-in in one immediate (write-locked) transaction: two desks or
 * processes on one database cannot both admit the same person, and the result is returned only
 * after the commit reached the disk (synchronous=FULL).
 */
export function checkIn(db: Db, actor: Actor, request: CheckinRequest): CheckinResult {
  let tx = checkinTransactions.get(db);
  if (!tx) {
    tx = db.transaction((a: Actor, r: CheckinRequest, now: Date) => decide(db, a, r, now));
    checkinTransactions.set(db, tx);
  }
  return tx.immediate(actor, request, request.now ?? new Date());
}

// One transaction wrapper per connection: better-sqlite3 builds five closures for each wrapper,
// which showed in the profile of a scan when it was made anew per check-in.
const checkinTransactions = new WeakMap<Db, Transaction<(actor: Actor, request: CheckinRequest, now: Date) => CheckinResult>>();

function decide(db: Db, actor: Actor, request: CheckinRequest, now: Date): CheckinResult {
  const event = conferenceCalendar(db);
  if (!event) return refused('no-event', 'No event is set up on this desk yet.', request.day ?? '');
  const day = request.day ?? dayIn(event.timeZone, now);
  let attendeeId: string;
  let method: 'code' | 'badge' | 'id' = 'id';
  let code: string | null = null;
  if ('code' in request.target) {
    const r = resolveCode(db, request.target.code);
    if (r.kind === 'unknown') return refused('unknown-code', `Unknown code "${request.target.code.trim()}".`, day);
    if (r.kind === 'forged') return refused('forged', r.message, day);
    ({ attendeeId, method } = r);
    code = request.target.code.trim();
  } else {
    attendeeId = request.target.attendeeId;
  }
  const attendee = getAttendee(db, attendeeId);
  if (!attendee) return refused('unknown-code', `No attendee with id ${attendeeId}.`, day);
  if (!event.days.includes(day)) {
    return refused('not-event-day', `${day} is not a day of ${event.name}.`, day, attendee);
  }
  if (attendee.status !== 'active') {
    // The source system's reason ("blocked in pretix") comes first; else the desk's notes.
    const why = attendee.statusReason || attendee.notes;
    return refused(attendee.status, `Registration ${attendee.status}${why ? `: ${why}` : ''}.`, day, attendee);
  }
  const invalid = outsideValidity(attendee, event.timeZone, now);
  if (invalid) return refused(invalid.reason, invalid.message, day, attendee);
  if (attendee.days && !attendee.days.includes(day)) {
    return refused('not-entitled', `Ticket not valid on ${day} (valid: ${attendee.days.join(', ')}).`, day, attendee);
  }
  const first = activeCheckins(db, attendee.id, day)[0];
  if (first) {
    return { outcome: 'already', attendee, day, first, message: `Already checked in at ${first.at} at ${first.desk}.` };
  }
  const e = newEvent(actor, 'checkin.recorded', { attendeeId: attendee.id, day, method, code }, now);
  applyInTransaction(db, e);
  return { outcome: 'admitted', checkinId: e.id, attendee, day, at: e.at };
}

export class UndoError extends Error {}

/** Undoes a check-in (a mistaken scan); the person can then be checked in again. */
export function undoCheckin(db: Db, actor: Actor, checkinId: string, now = new Date()): CheckinRow {
  return db
    .transaction(() => {
      const c = getCheckin(db, checkinId);
      if (!c) throw new UndoError(`No check-in with id ${checkinId}.`);
      if (c.undoneAt) throw new UndoError(`Check-in ${checkinId} was already undone at ${c.undoneAt} by ${c.undoneBy}.`);
      apply(db, newEvent(actor, 'checkin.undone', { checkinId }, now));
      return getCheckin(db, checkinId) as CheckinRow;
    })
    .immediate();
}
