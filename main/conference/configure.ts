import { generateKeyPairSync } from 'node:crypto';
import type { Db } from '../../db/open.ts';
import { readConference } from '../../db/queries/conference.ts';
import { apply } from '../events/apply.ts';
import { type Actor, newEvent } from '../events/envelope.ts';
import { type ConferenceSettings, conferenceSettingsSchema } from '../../model/conference.ts';

/** Creates or updates the event; a new event gets its Ed25519 badge-signing key pair. */
export function configureConference(db: Db, actor: Actor, settings: Partial<ConferenceSettings>): ConferenceSettings {
  const current = readConference(db);
  const merged = conferenceSettingsSchema.parse({ venue: '', logo: null, ...current?.settings, ...settings });
  const payload: Record<string, unknown> = { ...merged };
  if (!current?.signingKey) {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519', {
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });
    payload.signingKey = { publicKey, privateKey };
  }
  apply(db, newEvent(actor, 'event.configured', payload));
  return merged;
}

/** Every day from start to end inclusive (YYYY-MM-DD). */
export function daysBetween(start: string, end: string): string[] {
  const days: string[] = [];
  const d = new Date(`${start}T12:00:00Z`);
  const last = new Date(`${end}T12:00:00Z`);
  while (d <= last && days.length < 31) {
    days.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return days;
}
