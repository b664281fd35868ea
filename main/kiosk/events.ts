import { z } from 'zod';
import { getHelpRequest, insertHelpRequest, markHelpCleared } from '../../db/queries/help-requests.ts';
import { defineReducer, type Reducer } from '../events/reducer.ts';

// Help requests are events, so a kiosk's call for help reaches every desk and its clearing too.
export const helpRequested = z.object({ station: z.string().min(1).max(100), message: z.string().max(300) });
export const helpCleared = z.object({ requestId: z.string() });

export const helpReducers: Record<string, Reducer> = {
  'help.requested': defineReducer(helpRequested, (db, e) => {
    insertHelpRequest(db, { id: e.id, station: e.payload.station, message: e.payload.message, raisedAt: e.at });
  }),
  'help.cleared': defineReducer(helpCleared, (db, e) => {
    if (!getHelpRequest(db, e.payload.requestId)) throw new Error(`No help request ${e.payload.requestId} to clear`);
    markHelpCleared(db, e.payload.requestId, e.at, `${e.operator} at ${e.desk}`);
  }),
};
