import { checkinReducers } from '../checkin/events.ts';
import { conferenceReducers } from '../conference/log-events.ts';
import { helpReducers } from '../kiosk/help.ts';
import { meetingReducers } from '../meetings/events.ts';
import { planningReducers } from '../planning/events.ts';
import { printReducers } from '../print/events.ts';
import { rosterReducers } from '../roster/events.ts';
import { importReducers } from '../roster/import-events.ts';
import type { Reducer } from './reducer.ts';

/** Every event type Foyer knows, by name. Each feature owns the reducers of its events. */
export const reducers: Readonly<Record<string, Reducer>> = {
  ...conferenceReducers,
  ...rosterReducers,
  ...importReducers,
  ...checkinReducers,
  ...meetingReducers,
  ...printReducers,
  ...helpReducers,
  ...planningReducers,
};
