import { readConference } from '../../../db/queries/conference.ts';
import { configureConference } from '../../conference/configure.ts';
import type { HandlersOf } from '../handler-types.ts';

/** The conference's settings (name, days, time zone …), read and changed from Setup → Event. */
export const eventHandlers: HandlersOf<'event'> = {
  'event.get': (_input, ctx) => readConference(ctx.db)?.settings ?? null,
  'event.update': (patch, ctx) => {
    const settings = configureConference(ctx.db, ctx.actor, patch);
    ctx.bus.publish({ type: 'event.changed' });
    return settings;
  },
};
