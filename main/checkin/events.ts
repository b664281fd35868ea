import { z } from 'zod';
import { getCheckin, insertCheckin, markUndone } from '../../db/queries/checkins.ts';
import { insertDecision } from '../../db/queries/desk-decisions.ts';
import { defineReducer, type Reducer } from '../events/reducer.ts';
import { daySchema } from '../../model/attendee.ts';

export const CHECKIN_METHODS = ['code', 'badge', 'id'] as const;

export const checkinRecorded = z.object({
  attendeeId: z.string(),
  day: daySchema,
  method: z.enum(CHECKIN_METHODS),
  code: z.string().nullable(),
});
/** `reason` is optional: the 10-second undo of a mistaken scan needs none, desks before issue 15 sent none. */
export const checkinUndone = z.object({ checkinId: z.string(), reason: z.string().max(500).optional() });
/** Staff read the attention note of a flagged person and admitted them (the check-in follows). */
export const attentionConfirmed = z.object({ attendeeId: z.string(), day: daySchema, checkinId: z.string(), note: z.string().max(2000) });
/** Staff admitted someone the rules refuse (cancelled, blocked, not valid today), with a reason. */
export const checkinOverridden = z.object({
  attendeeId: z.string(),
  day: daySchema,
  checkinId: z.string(),
  refusal: z.string().max(60),
  reason: z.string().min(1).max(500),
});

export const checkinReducers: Record<string, Reducer> = {
  'checkin.recorded': defineReducer(checkinRecorded, (db, e) => {
    insertCheckin(db, { id: e.id, ...e.payload, at: e.at, desk: e.desk, operator: e.operator });
  }),
  'checkin.undone': defineReducer(checkinUndone, (db, e) => {
    const c = getCheckin(db, e.payload.checkinId);
    if (!c) throw new Error(`No check-in ${e.payload.checkinId} to undo`);
    markUndone(db, c, e.at, `${e.operator} at ${e.desk}`);
    insertDecision(db, {
      id: e.id, kind: 'undo', attendeeId: c.attendeeId, day: c.day, checkinId: c.id, reason: e.payload.reason ?? '', refusal: null, at: e.at, desk: e.desk, operator: e.operator,
    });
  }),
  'checkin.attention-confirmed': defineReducer(attentionConfirmed, (db, e) => {
    const { attendeeId, day, checkinId, note } = e.payload;
    insertDecision(db, { id: e.id, kind: 'attention-confirmed', attendeeId, day, checkinId, reason: note, refusal: null, at: e.at, desk: e.desk, operator: e.operator });
  }),
  'checkin.overridden': defineReducer(checkinOverridden, (db, e) => {
    const { attendeeId, day, checkinId, refusal, reason } = e.payload;
    insertDecision(db, { id: e.id, kind: 'override', attendeeId, day, checkinId, reason, refusal, at: e.at, desk: e.desk, operator: e.operator });
  }),
};
