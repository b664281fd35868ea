import { keyOf } from '../../../db/driver.ts';
import { countAttendees } from '../../../db/queries/attendees.ts';
import { purgeConference } from '../../privacy/purge.ts';
import { retentionStatus } from '../../privacy/retention.ts';
import type { HandlersOf } from '../handler-types.ts';

/** Setup → Personal data: what is kept, until when, and the purge after the event. */
export const privacyHandlers: HandlersOf<'privacy'> = {
  'privacy.status': (_input, ctx) => {
    const r = retentionStatus(ctx.db, ctx.now());
    return { encrypted: keyOf(ctx.db) !== null, retentionUntil: r.until, overdue: r.overdue, purgedAt: r.purgedAt, people: countAttendees(ctx.db) };
  },
  'privacy.purge': ({ confirm }, ctx) => {
    const r = purgeConference(ctx.db, ctx.actor, confirm);
    ctx.bus.publish({ type: 'event.changed' });
    return {
      purged: r.purged, at: r.at, people: r.erased.rows.attendees ?? 0, checkins: r.erased.rows.checkins ?? 0, files: r.erased.files.length,
      keptCheckins: r.kept.stats.days.reduce((n, d) => n + d.checkedIn, 0),
    };
  },
};
