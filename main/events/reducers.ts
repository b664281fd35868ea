import { checkinReducers } from '../checkin/events.ts';
import { conferenceReducers } from '../conference/log-events.ts';
import { helpReducers } from '../kiosk/events.ts';
import { meetingReducers } from '../meetings/events.ts';
import { planningReducers } from '../planning/events.ts';
import { printReducers } from '../print/events.ts';
import { preprintedReducers } from '../print/preprinted-events.ts';
import { privacyReducers } from '../privacy/purge-events.ts';
import { rosterReducers } from '../roster/events.ts';
import { importReducers } from '../roster/import-events.ts';
import { sessionReducers } from '../sessions/events.ts';
import { templateReducers } from '../templates/events.ts';
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
  ...sessionReducers,
  ...templateReducers,
  ...preprintedReducers,
  ...privacyReducers,
  ...planningReducers,
};
