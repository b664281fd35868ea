import { activeCheckins, checkinsOfAttendee } from '../../../db/queries/checkins.ts';
import { getAttendee } from '../../../db/queries/attendees.ts';
import { readConference } from '../../../db/queries/conference.ts';
import { meetingsOf } from '../../../db/queries/meetings.ts';
import { checkIn, type CheckinResult, undoCheckin, UndoError } from '../../checkin/checkin.ts';
import { personHistory } from '../../checkin/history.ts';
import { dayStats } from '../../checkin/stats.ts';
import { decisionsOfDay } from '../../../db/queries/desk-decisions.ts';
import { configureConference } from '../../conference/configure.ts';
import { dayIn } from '../../../model/dates.ts';
import { addWalkIn, editAttendee } from '../../roster/desk-edits.ts';
import { search } from '../../search/search.ts';
import type { Output } from '../contract.ts';
import { ApiFailure } from '../failure.ts';
import type { ApiContext, HandlerTable } from '../handler-types.ts';

/** The contract's shape of a check-in result (a refusal without a person carries null). */
export const outcomeView = (r: CheckinResult): Output<'checkin.scan'> =>
  (r.outcome === 'refused' ? { ...r, attendee: r.attendee ?? null } : r) as Output<'checkin.scan'>;

const today = (ctx: ApiContext): string => dayIn(readConference(ctx.db)?.settings.timeZone ?? 'UTC', ctx.now());

/** Staff's word at the door, as the contract carries it (see checkinTarget). */
export interface DoorDecision {
  readonly confirmAttention?: boolean;
  readonly override?: { readonly reason: string };
}
export const decisionOf = (i: DoorDecision): DoorDecision => ({
  ...(i.confirmAttention ? { confirmAttention: true } : {}),
  ...(i.override ? { override: { reason: i.override.reason } } : {}),
});

/** Checks in and tells every screen. */
export function recordCheckin(ctx: ApiContext, target: { code: string } | { attendeeId: string }, day?: string, decision: DoorDecision = {}): Output<'checkin.scan'> {
  const outcome = outcomeView(checkIn(ctx.db, ctx.actor, { target, now: ctx.now(), ...(day ? { day } : {}), ...decision }));
  if (outcome.outcome === 'admitted') ctx.bus.publish({ type: 'checkin', outcome });
  return outcome;
}

const targetOf = (i: { code: string } | { attendeeId: string }) => ('code' in i ? { code: i.code } : { attendeeId: i.attendeeId });

/** Search, check-in, attendee card and edits, statistics, event settings: the core of the desk. */
export const deskHandlers: HandlerTable = {
  'roster.search': ({ query, limit }, ctx) => {
    const day = today(ctx);
    return search(ctx.db, query, limit).map((h) => ({ ...h, checkedIn: activeCheckins(ctx.db, h.attendee.id, day)[0] ?? null }));
  },
  'checkin.scan': (input, ctx) => recordCheckin(ctx, targetOf(input), input.day, decisionOf(input)),
  'checkin.undo': ({ checkinId, reason }, ctx) => {
    try {
      const checkin = undoCheckin(ctx.db, ctx.actor, checkinId, ctx.now(), reason ?? '');
      ctx.bus.publish({ type: 'checkin.undone', checkin });
      return checkin;
    } catch (err) {
      if (err instanceof UndoError) throw new ApiFailure('invalid', err.message);
      throw err;
    }
  },
  'attendee.get': ({ id }, ctx) => {
    const attendee = getAttendee(ctx.db, id);
    if (!attendee) throw new ApiFailure('not-found', `No attendee with id ${id}.`);
    return { attendee, checkins: checkinsOfAttendee(ctx.db, id), meetingCount: meetingsOf(ctx.db, id).length };
  },
  'attendee.edit': ({ id, patch, addCodes }, ctx) => {
    if (!getAttendee(ctx.db, id)) throw new ApiFailure('not-found', `No attendee with id ${id}.`);
    const attendee = editAttendee(ctx.db, ctx.actor, id, patch, addCodes);
    ctx.bus.publish({ type: 'attendee.changed', attendeeId: id });
    return attendee;
  },
  'attendee.walkIn': ({ codes, checkIn: admit, ...fields }, ctx) => {
    const attendee = addWalkIn(ctx.db, ctx.actor, fields, codes);
    ctx.bus.publish({ type: 'attendee.changed', attendeeId: attendee.id });
    return { attendee, checkin: admit ? recordCheckin(ctx, { attendeeId: attendee.id }) : null };
  },
  'attendee.history': ({ id }, ctx) => {
    if (!getAttendee(ctx.db, id)) throw new ApiFailure('not-found', `No attendee with id ${id}.`);
    return personHistory(ctx.db, id);
  },
  'checkin.decisions': ({ day }, ctx) => {
    const d = day ?? today(ctx);
    return [...decisionsOfDay(ctx.db, d, 'override'), ...decisionsOfDay(ctx.db, d, 'attention-confirmed')]
      .map((x) => ({ ...x, displayName: getAttendee(ctx.db, x.attendeeId)?.displayName ?? x.attendeeId }));
  },
  'meetings.forAttendee': ({ attendeeId }, ctx) => {
    if (!getAttendee(ctx.db, attendeeId)) throw new ApiFailure('not-found', `No attendee with id ${attendeeId}.`);
    return meetingsOf(ctx.db, attendeeId);
  },
  'stats.get': ({ day }, ctx) => {
    const s = dayStats(ctx.db, day, ctx.now());
    return { ...s, byCategory: [...s.byCategory], byCountry: [...s.byCountry], arrivalsPer15Min: [...s.arrivalsPer15Min] };
  },
  'event.get': (_input, ctx) => readConference(ctx.db)?.settings ?? null,
  'event.update': (patch, ctx) => {
    const settings = configureConference(ctx.db, ctx.actor, patch);
    ctx.bus.publish({ type: 'event.changed' });
    return settings;
  },
};
