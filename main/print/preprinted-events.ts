import { z } from 'zod';
import { insertPreprinted } from '../../db/queries/preprinted.ts';
import { defineReducer, type Reducer } from '../events/reducer.ts';

// Badges printed in a batch before the doors open (see preprinted.ts). Kept apart from the
// actions, which reach the badge renderer: the reducer registry must not import that far.

/** One event per batch; a few thousand ids are a few hundred kilobytes, once. */
export const badgesPreprinted = z.object({ attendeeIds: z.array(z.string().min(1)).max(200_000), template: z.string().max(200) });

export const preprintedReducers: Record<string, Reducer> = {
  'badges.preprinted': defineReducer(badgesPreprinted, (db, e) => {
    for (const attendeeId of e.payload.attendeeIds) {
      insertPreprinted(db, { attendeeId, batch: e.id, at: e.at, desk: e.desk, operator: e.operator });
    }
  }),
};
