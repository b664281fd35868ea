import type { StoredAttendee } from '../../../db/queries/attendees.ts';
import { conferenceCalendar } from '../../../db/queries/conference.ts';
import { getSession } from '../../../db/queries/sessions.ts';
import { dayIn } from '../../../model/dates.ts';
import { doorMeetings } from '../../meetings/door.ts';
import { checkInSession, type SessionCheckinResult } from '../../sessions/checkin.ts';
import { doorStatus, programme } from '../../sessions/programme.ts';
import type { DoorOutcome } from '../../sessions/views.ts';
import { ApiFailure } from '../failure.ts';
import type { HandlersOf } from '../handler-types.ts';

const person = (a: StoredAttendee) => ({ displayName: a.displayName, organisation: a.organisation, category: a.category });

/** A room-door result as a door tablet may see it: the person's name, never their contact details. */
function doorView(r: SessionCheckinResult): DoorOutcome {
  if (r.outcome === 'admitted') return { outcome: 'admitted', attendee: person(r.attendee), at: r.at, count: r.count, frontDoor: r.frontDoorCheckinId !== null };
  if (r.outcome === 'already') return { outcome: 'already', attendee: person(r.attendee), firstAt: r.first.at, firstDesk: r.first.desk, count: r.count };
  return { outcome: 'refused', reason: r.reason, entryReason: r.entryReason, message: r.message, attendee: r.attendee && person(r.attendee), count: r.count };
}

/** The room door's methods: the day's sessions, one session's state, a scan; today's meetings in matchmaking mode. */
export const doorHandlers: HandlersOf<'door'> = {
  'door.sessions': ({ day }, ctx) => {
    const event = conferenceCalendar(ctx.db);
    if (!event) throw new ApiFailure('unavailable', 'No event is set up on this desk yet.');
    const today = dayIn(event.timeZone, ctx.now());
    const sessions = programme(ctx.db, day ?? today).map((s) => ({ ...s, categories: [...s.categories] }));
    return { eventName: event.name, timeZone: event.timeZone, today, sessions };
  },
  'door.status': ({ sessionId }, ctx) => {
    if (!getSession(ctx.db, sessionId)) throw new ApiFailure('not-found', `No session with id ${sessionId}.`);
    const { session, next } = doorStatus(ctx.db, sessionId);
    return { session: { ...session, categories: [...session.categories] }, next: next && { ...next, categories: [...next.categories] } };
  },
  'door.scan': ({ sessionId, code }, ctx) => {
    const result = checkInSession(ctx.db, ctx.actor, { sessionId, target: { code }, now: ctx.now() });
    if (result.outcome === 'admitted') {
      // The front door's screens count this person too when the room door was their first scan.
      if (result.frontDoorCheckinId) {
        ctx.bus.publish({
          type: 'checkin',
          outcome: { outcome: 'admitted', checkinId: result.frontDoorCheckinId, attendee: result.attendee, day: result.session.day, at: result.at },
        });
      }
      ctx.bus.publish({ type: 'session.checkin', sessionId, admitted: result.count.admitted });
    }
    return doorView(result);
  },
  'door.meetings': (_input, ctx) => {
    const event = conferenceCalendar(ctx.db);
    if (!event) throw new ApiFailure('unavailable', 'No event is set up on this desk yet.');
    return doorMeetings(ctx.db, event.timeZone, ctx.now());
  },
};
