import { z } from 'zod';
import { deleteMeetingsExcept, upsertMeeting } from '../../db/queries/meetings.ts';
import { defineReducer, type Reducer } from '../events/reducer.ts';

export const meetingSchema = z.object({
  id: z.string().min(1),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  location: z.string().max(200),
  partyA: z.string().min(1),
  partyB: z.string().min(1),
});

/**
 * Meetings from the matchmaking tool. With `replaceAll`, meetings not in this batch are removed:
 * a new export of the schedule is the whole schedule (chunks of one batch set it on the last chunk).
 */
export const meetingsImported = z.object({
  batchId: z.string(),
  meetings: z.array(meetingSchema),
  replaceAllExcept: z.array(z.string()).optional(),
});

export const meetingReducers: Record<string, Reducer> = {
  'meetings.imported': defineReducer(meetingsImported, (db, e) => {
    for (const m of e.payload.meetings) upsertMeeting(db, m, e.payload.batchId);
    if (e.payload.replaceAllExcept) deleteMeetingsExcept(db, new Set(e.payload.replaceAllExcept));
  }),
};
