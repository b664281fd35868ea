// The meetings table: reads, and the writes behind the meetings.imported event.
import type { Db } from '../handle.ts';

export interface PersonMeeting {
  readonly id: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly location: string;
  readonly counterpartId: string;
  readonly counterpartName: string;
  readonly counterpartOrganisation: string;
  readonly counterpartCountry: string;
}

/** One person's meetings, earliest first, each with the other party (both index lookups). */
export function meetingsOf(db: Db, attendeeId: string): PersonMeeting[] {
  return db
    .prepare(
      `SELECT m.id, m.starts_at AS startsAt, m.ends_at AS endsAt, m.location, a.id AS counterpartId,
              a.display_name AS counterpartName, a.organisation AS counterpartOrganisation, a.country AS counterpartCountry
       FROM meetings m JOIN attendees a ON a.id = m.party_b WHERE m.party_a = ?
       UNION ALL
       SELECT m.id, m.starts_at, m.ends_at, m.location, a.id, a.display_name, a.organisation, a.country
       FROM meetings m JOIN attendees a ON a.id = m.party_a WHERE m.party_b = ?
       ORDER BY 2, 3, 4`,
    )
    .all(attendeeId, attendeeId) as PersonMeeting[];
}

/** Everyone with at least one meeting, in roster order. */
export function attendeesWithMeetings(db: Db): string[] {
  return db
    .prepare(
      `SELECT id FROM attendees WHERE id IN (SELECT party_a FROM meetings UNION SELECT party_b FROM meetings) ORDER BY rowid`,
    )
    .pluck()
    .all() as string[];
}

export function countMeetings(db: Db): number {
  return db.prepare('SELECT count(*) FROM meetings').pluck().get() as number;
}

/** A bilateral meeting: when (ISO UTC), where, and the two attendee ids. */
export interface Meeting {
  readonly id: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly location: string;
  readonly partyA: string;
  readonly partyB: string;
}

export interface StoredMeeting extends Meeting {
  readonly importBatch: string | null;
}

export function allMeetings(db: Db): StoredMeeting[] {
  return db
    .prepare(
      `SELECT id, starts_at AS startsAt, ends_at AS endsAt, location, party_a AS partyA, party_b AS partyB,
              import_batch AS importBatch FROM meetings ORDER BY starts_at, location`,
    )
    .all() as StoredMeeting[];
}

export function upsertMeeting(db: Db, m: Meeting, batchId: string | null): void {
  db.prepare(
    `INSERT INTO meetings (id, starts_at, ends_at, location, party_a, party_b, import_batch) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET starts_at = excluded.starts_at, ends_at = excluded.ends_at, location = excluded.location,
       party_a = excluded.party_a, party_b = excluded.party_b, import_batch = excluded.import_batch`,
  ).run(m.id, m.startsAt, m.endsAt, m.location, m.partyA, m.partyB, batchId);
}

/** Removes every meeting whose id is not kept (a new schedule export replaces the old one). */
export function deleteMeetingsExcept(db: Db, keepIds: ReadonlySet<string>): number {
  const all = db.prepare('SELECT id FROM meetings').pluck().all() as string[];
  const del = db.prepare('DELETE FROM meetings WHERE id = ?');
  let n = 0;
  for (const id of all) if (!keepIds.has(id)) n += del.run(id).changes;
  return n;
}
