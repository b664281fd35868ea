import { z } from 'zod';
import { getCheckin, insertCheckin, markUndone } from '../../db/queries/checkins.ts';
import { defineReducer, type Reducer } from '../events/reducer.ts';
import { daySchema } from '../../model/attendee.ts';

export const CHECKIN_METHODS = ['code', 'badge', 'id'] as const;

export const checkinRecorded = z.object({
  attendeeId: z.string(),
  day: daySchema,
  method: z.enum(CHECKIN_METHODS),
  code: z.string().nullable(),
});
export const checkinUndone = z.object({ checkinId: z.string() });

export const checkinReducers: Record<string, Reducer> = {
  'checkin.recorded': defineReducer(checkinRecorded, (db, e) => {
    insertCheckin(db, { id: e.id, ...e.payload, at: e.at, desk: e.desk, operator: e.operator });
  }),
  'checkin.undone': defineReducer(checkinUndone, (db, e) => {
    const c = getCheckin(db, e.payload.checkinId);
    if (!c) throw new Error(`No check-in ${e.payload.checkinId} to undo`);
    markUndone(db, c, e.at, `${e.operator} at ${e.desk}`);
  }),
};
