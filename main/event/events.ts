import { z } from 'zod';
import { readEvent, writeEvent } from '../../db/queries/event.ts';
import { eventKey } from '../events/envelope.ts';
import { defineReducer, type Reducer } from '../events/reducer.ts';
import { eventSettingsSchema } from './settings.ts';

export const eventConfigured = eventSettingsSchema.partial().extend({
  // The badge signing key pair travels with the event so that every desk can sign and verify.
  signingKey: z.object({ publicKey: z.string(), privateKey: z.string() }).optional(),
});

export const eventReducers: Record<string, Reducer> = {
  'event.configured': defineReducer(eventConfigured, (db, e) => {
    const current = readEvent(db);
    const key = eventKey(e);
    if (current && current.updatedKey > key) return;
    const { signingKey, ...settings } = e.payload;
    const merged = { name: '', venue: '', days: [], timeZone: 'UTC', logo: null, ...current?.settings, ...settings };
    writeEvent(db, merged, signingKey ?? current?.signingKey ?? null, key);
  }),
};
