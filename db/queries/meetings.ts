// Reads of the meetings table (writes are in meeting-writes.ts, behind the meetings.imported event).
import type { Db } from '../open.ts';

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

export interface StoredMeeting {
  readonly id: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly location: string;
  readonly partyA: string;
  readonly partyB: string;
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
