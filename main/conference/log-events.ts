import { z } from 'zod';
import { readConference, writeConference } from '../../db/queries/conference.ts';
import { eventKey } from '../events/envelope.ts';
import { defineReducer, type Reducer } from '../events/reducer.ts';
import { conferenceSettingsSchema } from '../../model/conference.ts';

export const conferenceConfigured = conferenceSettingsSchema.partial().extend({
  // The badge signing key pair travels with the event so that every desk can sign and verify.
  signingKey: z.object({ publicKey: z.string(), privateKey: z.string() }).optional(),
});

export const conferenceReducers: Record<string, Reducer> = {
  'event.configured': defineReducer(conferenceConfigured, (db, e) => {
    const current = readConference(db);
    const key = eventKey(e);
    if (current && current.updatedKey > key) return;
    const { signingKey, ...settings } = e.payload;
    const merged = { name: '', venue: '', days: [], timeZone: 'UTC', logo: null, ...current?.settings, ...settings };
    writeConference(db, merged, signingKey ?? current?.signingKey ?? null, key);
  }),
};
