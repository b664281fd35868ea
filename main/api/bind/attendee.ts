import { getAttendee } from '../../../db/queries/attendees.ts';
import { checkinsOfAttendee } from '../../../db/queries/checkins.ts';
import { meetingsOf } from '../../../db/queries/meetings.ts';
import { addWalkIn, editAttendee } from '../../roster/desk-edits.ts';
import { fullPersonHistory } from '../../sessions/history.ts';
import { ApiFailure } from '../failure.ts';
import type { HandlersOf } from '../handler-types.ts';
import { recordCheckin } from './views.ts';

/** The attendee card: the person, their edits, a walk-in, their history. */
export const attendeeHandlers: HandlersOf<'attendee'> = {
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
    return fullPersonHistory(ctx.db, id);
  },
};
