import type { Db } from '../handle.ts';
import { prepared } from '../prepared.ts';
import type { ConferenceSettings } from '../../model/conference.ts';

export interface SigningKey {
  readonly publicKey: string;
  readonly privateKey: string;
}

export interface StoredConferenceSettings {
  readonly settings: ConferenceSettings;
  readonly signingKey: SigningKey | null;
  /** Event key of the last configuration applied (for last-writer-wins). */
  readonly updatedKey: string;
}

interface EventRow {
  name: string; venue: string; days: string; time_zone: string; logo: string | null;
  public_key: string | null; private_key: string | null; updated_at: string; settings: string;
}

/** Settings kept in the row's JSON column (those added after the first schema). */
interface ExtraSettings {
  retentionUntil?: string | null;
}

export function readConference(db: Db): StoredConferenceSettings | undefined {
  const r = prepared(db, 'SELECT * FROM event WHERE id = 1').get() as EventRow | undefined;
  if (!r) return undefined;
  const extra = JSON.parse(r.settings) as ExtraSettings;
  return {
    settings: {
      name: r.name, venue: r.venue, days: JSON.parse(r.days) as string[], timeZone: r.time_zone, logo: r.logo,
      retentionUntil: extra.retentionUntil ?? null,
    },
    signingKey: r.public_key && r.private_key ? { publicKey: r.public_key, privateKey: r.private_key } : null,
    updatedKey: r.updated_at,
  };
}

export function writeConference(db: Db, s: ConferenceSettings, key: SigningKey | null, updatedKey: string): void {
  const extra: ExtraSettings = { retentionUntil: s.retentionUntil ?? null };
  prepared(db, `INSERT INTO event (id, name, venue, days, time_zone, logo, public_key, private_key, updated_at, settings)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, venue = excluded.venue, days = excluded.days,
       time_zone = excluded.time_zone, logo = excluded.logo, public_key = excluded.public_key,
       private_key = excluded.private_key, updated_at = excluded.updated_at, settings = excluded.settings`,
  ).run(s.name, s.venue, JSON.stringify(s.days), s.timeZone, s.logo, key?.publicKey ?? null, key?.privateKey ?? null, updatedKey,
    JSON.stringify(extra));
}

/** What admission needs on every scan: name, days and time zone (not the logo or the keys). */
export function conferenceCalendar(db: Db): { name: string; days: string[]; timeZone: string } | undefined {
  const r = prepared(db, 'SELECT name, days, time_zone FROM event WHERE id = 1').get() as
    | { name: string; days: string; time_zone: string }
    | undefined;
  return r && { name: r.name, days: JSON.parse(r.days) as string[], timeZone: r.time_zone };
}
