import { activeCheckins } from '../../../db/queries/checkins.ts';
import { search } from '../../search/search.ts';
import type { HandlersOf } from '../handler-types.ts';
import { today } from './views.ts';

/** The desk's search, each hit with today's check-in if any. */
export const rosterHandlers: HandlersOf<'roster'> = {
  'roster.search': ({ query, limit }, ctx) => {
    const day = today(ctx);
    return search(ctx.db, query, limit).map((h) => ({ ...h, checkedIn: activeCheckins(ctx.db, h.attendee.id, day)[0] ?? null }));
  },
};
