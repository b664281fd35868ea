import { getSession } from '../../../db/queries/sessions.ts';
import { sessionFile } from '../../sessions/export.ts';
import { fillOverTime, programme } from '../../sessions/programme.ts';
import { SessionUndoError, undoSessionCheckin } from '../../sessions/undo.ts';
import { ApiFailure } from '../failure.ts';
import type { HandlersOf } from '../handler-types.ts';

/** The programme for the dashboard, a session's lists as files, and a room-door check-in undone at a desk. */
export const sessionsHandlers: HandlersOf<'sessions'> = {
  'sessions.list': ({ day }, ctx) => programme(ctx.db, day).map((s) => ({ ...s, categories: [...s.categories], fill: fillOverTime(ctx.db, s.id) })),
  'sessions.export': async ({ sessionId, list, format }, ctx) => {
    const session = getSession(ctx.db, sessionId);
    if (!session) throw new ApiFailure('not-found', `No session with id ${sessionId}.`);
    const file = await sessionFile(ctx.db, session, list, format);
    return { fileName: file.fileName, mime: file.mime, base64: file.bytes.toString('base64'), rows: file.rows };
  },
  'sessions.undoCheckin': ({ checkinId, reason }, ctx) => {
    try {
      const r = undoSessionCheckin(ctx.db, ctx.actor, checkinId, reason, ctx.now());
      // Room doors and the dashboard hear the new count; the desk's card reloads the person's history.
      ctx.bus.publish({ type: 'session.checkin', sessionId: r.session.id, admitted: r.count.admitted });
      ctx.bus.publish({ type: 'attendee.changed', attendeeId: r.attendee.id });
      return { sessionId: r.session.id, attendeeId: r.attendee.id, undone: [...r.undone], at: r.at, count: r.count };
    } catch (err) {
      if (err instanceof SessionUndoError) throw new ApiFailure('invalid', err.message);
      throw err;
    }
  },
};
