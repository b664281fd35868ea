import { dayStats } from '../../checkin/stats.ts';
import type { HandlersOf } from '../handler-types.ts';

/** The dashboard's figures for a day. */
export const statsHandlers: HandlersOf<'stats'> = {
  'stats.get': ({ day }, ctx) => {
    const s = dayStats(ctx.db, day, ctx.now());
    return { ...s, byCategory: [...s.byCategory], byCountry: [...s.byCountry], arrivalsPer15Min: [...s.arrivalsPer15Min] };
  },
};
