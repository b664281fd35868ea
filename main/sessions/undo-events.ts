import { z } from 'zod';
import { markSessionCheckinUndone, sessionCheckinRecord } from '../../db/queries/session-undo.ts';
import { defineReducer, type Reducer } from '../events/reducer.ts';

/**
 * A person's room-door check-ins into one session taken back, with staff's reason: every check-in
 * of theirs there that the undoing desk knew of (two desks cut off may both have let them in), so
 * the seat is free. A check-in another desk makes later is a new one and counts.
 */
export const sessionCheckinUndone = z.object({
  sessionId: z.string().min(1),
  attendeeId: z.string().min(1),
  checkinIds: z.array(z.string().min(1)).min(1).max(20),
  reason: z.string().min(1).max(500),
});

export const sessionUndoReducers: Record<string, Reducer> = {
  'session.checkin.undone': defineReducer(sessionCheckinUndone, (db, e) => {
    const { sessionId, attendeeId, checkinIds, reason } = e.payload;
    for (const id of checkinIds) {
      // Like the front door's undo: one that arrives before its check-in fails and is applied again later.
      if (!sessionCheckinRecord(db, sessionId, attendeeId, id)) throw new Error(`No room-door check-in ${id} to undo`);
      markSessionCheckinUndone(db, { sessionId, attendeeId, id }, { eventId: e.id, at: e.at, desk: e.desk, operator: e.operator, reason });
    }
  }),
};
