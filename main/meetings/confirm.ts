import type { Db } from '../../db/open.ts';
import { getAttendee } from '../../db/queries/attendees.ts';
import { readConference } from '../../db/queries/conference.ts';
import { type Confirmation, firstConfirmation, type MeetingDetail, meetingById, meetingsBetween, meetingsOf } from '../../db/queries/meetings.ts';
import { resolveCode } from '../checkin/resolve.ts';
import { dayIn } from '../../model/dates.ts';
import { apply } from '../events/apply.ts';
import { type Actor, newEvent } from '../events/envelope.ts';
import { looksLikeMeetingCode, verifyMeetingCode } from './meeting-code.ts';

export interface SideSummary {
  /** The organisation's name, or the person's. */
  readonly label: string;
  readonly names: readonly string[];
}

export interface MeetingSummary {
  readonly id: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly location: string;
  readonly status: 'scheduled' | 'cancelled';
  readonly a: SideSummary;
  readonly b: SideSummary;
}

export interface HeldInfo {
  readonly at: string;
  readonly desk: string;
  readonly operator: string;
  readonly place: string;
  readonly method: 'code' | 'badges';
}

export type RefusalReason = 'forged' | 'unknown-meeting' | 'cancelled' | 'unknown-code' | 'no-meeting' | 'same-person';

export type MatchmakingOutcome =
  | { readonly kind: 'confirmed'; readonly meeting: MeetingSummary; readonly held: HeldInfo }
  | { readonly kind: 'already'; readonly meeting: MeetingSummary; readonly held: HeldInfo }
  | { readonly kind: 'refused'; readonly reason: RefusalReason; readonly message: string; readonly meeting?: MeetingSummary }
  | { readonly kind: 'first'; readonly attendee: { id: string; name: string; organisation: string }; readonly meetings: MeetingSummary[] };

export interface ConfirmOptions {
  /** Where it was confirmed (a table, the matchmaking desk); the desk's name when not given. */
  readonly place?: string;
  readonly now?: Date;
}

const side = (org: string, reps: MeetingDetail['repsA']): SideSummary =>
  ({ label: org || (reps[0]?.name ?? ''), names: reps.map((r) => r.name) });

export const summarise = (m: MeetingDetail): MeetingSummary => ({
  id: m.id, startsAt: m.startsAt, endsAt: m.endsAt, location: m.location, status: m.status, a: side(m.orgA, m.repsA), b: side(m.orgB, m.repsB),
});

const heldOf = (c: Confirmation): HeldInfo => ({ at: c.at, desk: c.desk, operator: c.operator, place: c.place, method: c.method });

/** Marks a meeting held, once: a meeting already held answers "already" and writes nothing. */
function markHeld(db: Db, actor: Actor, m: MeetingDetail, method: 'code' | 'badges', scanned: string[], o: ConfirmOptions): MatchmakingOutcome {
  const meeting = summarise(m);
  if (m.status === 'cancelled') return { kind: 'refused', reason: 'cancelled', message: 'This meeting was cancelled in the schedule.', meeting };
  const before = firstConfirmation(db, m.id);
  if (before) return { kind: 'already', meeting, held: heldOf(before) };
  apply(db, newEvent(actor, 'meeting.confirmed', { meetingId: m.id, method, place: o.place ?? actor.desk, scanned }, o.now));
  return { kind: 'confirmed', meeting, held: heldOf(firstConfirmation(db, m.id) as Confirmation) };
}

/** A scanned meeting code: verified offline with the event's key, like a badge. */
export function confirmByCode(db: Db, actor: Actor, code: string, o: ConfirmOptions = {}): MatchmakingOutcome {
  const key = readConference(db)?.signingKey;
  if (!key) return { kind: 'refused', reason: 'forged', message: 'This desk has no key for the event: the meeting code cannot be verified.' };
  const check = verifyMeetingCode(key.publicKey, code);
  if (!check.ok) return { kind: 'refused', reason: 'forged', message: `Meeting code not issued by this event (${check.reason}).` };
  const m = meetingById(db, check.meetingId);
  if (!m) return { kind: 'refused', reason: 'unknown-meeting', message: 'This meeting is not in the schedule (a newer schedule replaced it, or this desk has not received it yet).' };
  return markHeld(db, actor, m, 'code', [], o);
}

type Party = { kind: 'found'; id: string } | { kind: 'refused'; outcome: MatchmakingOutcome };

function party(db: Db, code: string): Party {
  const r = resolveCode(db, code);
  if (r.kind === 'forged') return { kind: 'refused', outcome: { kind: 'refused', reason: 'forged', message: r.message } };
  if (r.kind === 'unknown') return { kind: 'refused', outcome: { kind: 'refused', reason: 'unknown-code', message: 'No attendee has this code.' } };
  return { kind: 'found', id: r.attendeeId };
}

/**
 * Both parties' badges (or ticket codes), one after the other: the meeting between them that is
 * nearest to now on today's programme (a representative stands for their organisation).
 */
export function confirmByBadges(db: Db, actor: Actor, firstCode: string, secondCode: string, o: ConfirmOptions = {}): MatchmakingOutcome {
  const first = party(db, firstCode);
  if (first.kind === 'refused') return first.outcome;
  const second = party(db, secondCode);
  if (second.kind === 'refused') return second.outcome;
  if (first.id === second.id) return { kind: 'refused', reason: 'same-person', message: 'The same badge twice: scan the other party’s badge.' };
  const now = o.now ?? new Date();
  const tz = readConference(db)?.settings.timeZone ?? 'UTC';
  const today = dayIn(tz, now);
  const distance = (m: MeetingDetail): number => Math.abs(Date.parse(m.startsAt) - now.getTime());
  const candidates = meetingsBetween(db, first.id, second.id)
    .map((id) => meetingById(db, id) as MeetingDetail)
    .filter((m) => m.status === 'scheduled' && dayIn(tz, new Date(m.startsAt)) === today)
    .sort((x, y) => distance(x) - distance(y));
  const m = candidates[0];
  const names = [first.id, second.id].map((id) => getAttendee(db, id)?.displayName ?? id).join(' and ');
  if (!m) return { kind: 'refused', reason: 'no-meeting', message: `${names} have no meeting scheduled today.` };
  return markHeld(db, actor, m, 'badges', [first.id, second.id], o);
}

/**
 * One scan at a matchmaking desk or table: a meeting code confirms its meeting; a badge is the
 * first party (the screen keeps it as `pending`) or, with one pending, the second.
 */
export function scanAtMatchmaking(db: Db, actor: Actor, code: string, pending: string | undefined, o: ConfirmOptions = {}): MatchmakingOutcome {
  if (looksLikeMeetingCode(code)) return confirmByCode(db, actor, code, o);
  if (pending) return confirmByBadges(db, actor, pending, code, o);
  const p = party(db, code);
  if (p.kind === 'refused') return p.outcome;
  const a = getAttendee(db, p.id);
  const tz = readConference(db)?.settings.timeZone ?? 'UTC';
  const today = dayIn(tz, o.now ?? new Date());
  const meetings = meetingsOf(db, p.id, { withCancelled: true })
    .filter((m) => dayIn(tz, new Date(m.startsAt)) === today)
    .map((m) => summarise(meetingById(db, m.id) as MeetingDetail));
  return { kind: 'first', attendee: { id: p.id, name: a?.displayName ?? p.id, organisation: a?.organisation ?? '' }, meetings };
}
