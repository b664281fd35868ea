import { z } from 'zod';
import { deleteMeetingsExcept, insertConfirmation, upsertMeeting } from '../../db/queries/meetings.ts';
import { defineReducer, type Reducer } from '../events/reducer.ts';

// Fields added with organisations as parties and meeting status are optional, so the events of an
// older desk (a person on each side, every meeting scheduled) still read the same.
export const meetingSchema = z.object({
  id: z.string().min(1),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  location: z.string().max(200),
  partyA: z.string().min(1),
  partyB: z.string().min(1),
  status: z.enum(['scheduled', 'cancelled']).default('scheduled'),
  orgA: z.string().max(300).default(''),
  orgB: z.string().max(300).default(''),
  repsA: z.array(z.string().min(1)).max(500).optional(),
  repsB: z.array(z.string().min(1)).max(500).optional(),
  sectors: z.array(z.string().max(100)).max(20).default([]),
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

/** A meeting seen held: by its signed code, or by both parties' badges scanned one after the other. */
export const meetingConfirmed = z.object({
  meetingId: z.string().min(1).max(200),
  method: z.enum(['code', 'badges']),
  place: z.string().max(200).default(''),
  scanned: z.array(z.string().min(1)).max(2).default([]),
});

export const meetingReducers: Record<string, Reducer> = {
  'meetings.imported': defineReducer(meetingsImported, (db, e) => {
    for (const m of e.payload.meetings) {
      upsertMeeting(db, { ...m, repsA: m.repsA ?? [m.partyA], repsB: m.repsB ?? [m.partyB] }, e.payload.batchId);
    }
    if (e.payload.replaceAllExcept) deleteMeetingsExcept(db, new Set(e.payload.replaceAllExcept));
  }),
  'meeting.confirmed': defineReducer(meetingConfirmed, (db, e) => {
    insertConfirmation(db, { id: e.id, meetingId: e.payload.meetingId, at: e.at, desk: e.desk, operator: e.operator, method: e.payload.method, place: e.payload.place, scanned: e.payload.scanned });
  }),
};
