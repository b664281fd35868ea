import type { Transaction } from 'better-sqlite3';
import type { Db } from '../../db/open.ts';
import { getAttendee, type StoredAttendee } from '../../db/queries/attendees.ts';
import { activeCheckins, getCheckin, type CheckinRow } from '../../db/queries/checkins.ts';
import { conferenceCalendar } from '../../db/queries/conference.ts';
import { apply, applyInTransaction } from '../events/apply.ts';
import { type Actor, newEvent } from '../events/envelope.ts';
import { dayIn } from '../../model/dates.ts';
import type { RefusalReason } from '../../model/refusals.ts';
import { resolveCode } from './resolve.ts';
import { outsideValidity } from './validity.ts';

export type CheckinResult =
  | { readonly outcome: 'admitted'; readonly checkinId: string; readonly attendee: StoredAttendee; readonly day: string; readonly at: string }
  | { readonly outcome: 'already'; readonly attendee: StoredAttendee; readonly day: string; readonly first: CheckinRow; readonly message: string }
  /** A flagged person: not admitted until staff read the note and confirm (no badge meanwhile). */
  | { readonly outcome: 'attention'; readonly attendee: StoredAttendee; readonly day: string; readonly note: string; readonly message: string }
  | { readonly outcome: 'refused'; readonly reason: RefusalReason; readonly message: string; readonly attendee?: StoredAttendee; readonly day: string };

export type CheckinTarget = { readonly code: string } | { readonly attendeeId: string };

export interface CheckinRequest {
  readonly target: CheckinTarget;
  /** Event day (YYYY-MM-DD); today in the event's time zone when absent. */
  readonly day?: string;
  readonly now?: Date;
  /** Staff read the attention note of a flagged person and admit them. */
  readonly confirmAttention?: boolean;
  /** Staff admit a person the rules refuse (cancelled, blocked, not valid today); the reason is logged. */
  readonly override?: { readonly reason: string };
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
    tx = db.transaction((a: Actor, r: CheckinRequest, now: Date) => {
      const result = decide(db, a, r, now);
      return r.override && result.outcome === 'refused' ? admitOverride(db, a, r.override.reason, result, now) : result;
    });
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
  const entry = entryRefusal(event, attendee, day, now);
  if (entry) return refused(entry.reason, entry.message, day, attendee);
  const first = activeCheckins(db, attendee.id, day)[0];
  if (first) {
    return { outcome: 'already', attendee, day, first, message: `Already checked in at ${first.at} at ${first.desk}.` };
  }
  if (attendee.attention && !request.confirmAttention && !request.override) {
    const note = attendee.attentionNote ?? attendee.notes;
    return { outcome: 'attention', attendee, day, note, message: `Needs attention${note ? `: ${note}` : ''}. Staff confirm before admitting.` };
  }
  const e = newEvent(actor, 'checkin.recorded', { attendeeId: attendee.id, day, method, code }, now);
  applyInTransaction(db, e);
  if (attendee.attention) {
    const note = attendee.attentionNote ?? attendee.notes;
    applyInTransaction(db, newEvent(actor, 'checkin.attention-confirmed', { attendeeId: attendee.id, day, checkinId: e.id, note }, now));
  }
  return { outcome: 'admitted', checkinId: e.id, attendee, day, at: e.at };
}

/** Refusals staff may override: the person is known and the day is one of the event's. */
const OVERRIDABLE = (reason: RefusalReason): boolean => !['not-event-day', 'unknown-code', 'forged', 'no-event'].includes(reason);

/** Admits a refused person on staff's word: the check-in and the override (with the reason) are logged together. */
function admitOverride(db: Db, actor: Actor, reason: string, refusal: Extract<CheckinResult, { outcome: 'refused' }>, now: Date): CheckinResult {
  const attendee = refusal.attendee;
  if (!attendee || !OVERRIDABLE(refusal.reason) || !reason.trim()) return refusal;
  const day = refusal.day;
  const first = activeCheckins(db, attendee.id, day)[0];
  if (first) return { outcome: 'already', attendee, day, first, message: `Already checked in at ${first.at} at ${first.desk}.` };
  const e = newEvent(actor, 'checkin.recorded', { attendeeId: attendee.id, day, method: 'id', code: null }, now);
  applyInTransaction(db, e);
  applyInTransaction(db, newEvent(actor, 'checkin.overridden', { attendeeId: attendee.id, day, checkinId: e.id, refusal: refusal.reason, reason: reason.trim() }, now));
  return { outcome: 'admitted', checkinId: e.id, attendee, day, at: e.at };
}

/**
 * Why a person may not enter the event on a day (not an event day, registration cancelled or
 * blocked, ticket for other days), or null when they may. Shared with the room doors.
 */
export function entryRefusal(
  event: { readonly name: string; readonly days: readonly string[]; readonly timeZone: string },
  attendee: StoredAttendee,
  day: string,
  now: Date,
): { readonly reason: 'not-event-day' | 'cancelled' | 'blocked' | 'not-entitled' | 'not-yet-valid' | 'no-longer-valid'; readonly message: string } | null {
  if (!event.days.includes(day)) return { reason: 'not-event-day', message: `${day} is not a day of ${event.name}.` };
  if (attendee.status !== 'active') {
    // The source system's reason ("blocked in pretix") comes first; else the desk's notes.
    const why = attendee.statusReason || attendee.notes;
    return { reason: attendee.status, message: `Registration ${attendee.status}${why ? `: ${why}` : ''}.` };
  }
  const invalid = outsideValidity(attendee, event.timeZone, now);
  if (invalid) return invalid;
  if (attendee.days && !attendee.days.includes(day)) {
    return { reason: 'not-entitled', message: `Ticket not valid on ${day} (valid: ${attendee.days.join(', ')}).` };
  }
  return null;
}

export class UndoError extends Error {}

/** Undoes a check-in (a mistaken scan, a double admission), with staff's reason; the person can then be checked in again. */
export function undoCheckin(db: Db, actor: Actor, checkinId: string, now = new Date(), reason = ''): CheckinRow {
  return db
    .transaction(() => {
      const c = getCheckin(db, checkinId);
      if (!c) throw new UndoError(`No check-in with id ${checkinId}.`);
      if (c.undoneAt) throw new UndoError(`Check-in ${checkinId} was already undone at ${c.undoneAt} by ${c.undoneBy}.`);
      apply(db, newEvent(actor, 'checkin.undone', reason.trim() ? { checkinId, reason: reason.trim() } : { checkinId }, now));
      return getCheckin(db, checkinId) as CheckinRow;
    })
    .immediate();
}
