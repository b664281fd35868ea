// The meetings tables: reads, and the writes behind the meetings.imported and meeting.confirmed events.
import type { Db } from '../handle.ts';

export type MeetingStatus = 'scheduled' | 'cancelled';
export type Side = 'A' | 'B';

/** When (ISO UTC) and where a meeting takes place. */
interface MeetingSlot {
  readonly id: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly location: string;
}

/** The slot and its schedule status: what every view of a meeting starts from. */
interface ScheduledSlot extends MeetingSlot {
  readonly status: MeetingStatus;
}

/** A bilateral meeting: when (ISO UTC), where, and the two attendee ids (an organisation's first representative). */
export interface Meeting extends MeetingSlot {
  readonly partyA: string;
  readonly partyB: string;
}

/** A meeting as imported: its status, and each side a person or an organisation with its representatives. */
export interface MeetingRecord extends Meeting {
  readonly status: MeetingStatus;
  /** The organisation's name when side A is an organisation, '' when it is a person. */
  readonly orgA: string;
  readonly orgB: string;
  readonly repsA: readonly string[];
  readonly repsB: readonly string[];
  readonly sectors: readonly string[];
}

export interface Representative {
  readonly id: string;
  readonly name: string;
  readonly organisation: string;
  readonly country: string;
  readonly email: string;
  readonly status: 'active' | 'cancelled' | 'blocked';
}

export interface PersonMeeting extends ScheduledSlot {
  readonly held: boolean;
  /** The organisation this person meets for, when their side is an organisation. */
  readonly forOrganisation: string;
  readonly counterpartKind: 'person' | 'organisation';
  readonly counterpartId: string;
  /** The person's name, or the organisation's. */
  readonly counterpartName: string;
  /** The person's organisation, or the organisation's representatives by name. */
  readonly counterpartOrganisation: string;
  readonly counterpartCountry: string;
  /** Cancelled or blocked when the person is, or when every representative of the organisation is. */
  readonly counterpartStatus: 'active' | 'cancelled' | 'blocked';
}

const repsOf = (db: Db, meetingId: string, side: Side): Representative[] =>
  db.prepare(
    `SELECT a.id, a.display_name AS name, a.organisation, a.country, a.email, a.status
     FROM meeting_parties q JOIN attendees a ON a.id = q.attendee_id WHERE q.meeting_id = ? AND q.side = ? ORDER BY a.rowid`,
  ).all(meetingId, side) as Representative[];

/** An organisation side stands as long as one representative does. */
export const sideStatus = (reps: readonly Pick<Representative, 'status'>[]): Representative['status'] =>
  reps.some((r) => r.status === 'active') || reps.length === 0 ? 'active' : reps.some((r) => r.status === 'blocked') ? 'blocked' : 'cancelled';

/**
 * One person's meetings (as a person or as a representative), earliest first, each with the other
 * side. Meetings cancelled in the schedule only with `withCancelled` (the meeting sheet strikes
 * them through; the desk's card and the fold badge leave them out).
 */
export function meetingsOf(db: Db, attendeeId: string, { withCancelled = false } = {}): PersonMeeting[] {
  const rows = db.prepare(
    `SELECT m.id, m.starts_at AS startsAt, m.ends_at AS endsAt, m.location, m.status, p.side,
            CASE p.side WHEN 'A' THEN m.org_a ELSE m.org_b END AS mine,
            CASE p.side WHEN 'A' THEN m.org_b ELSE m.org_a END AS theirs,
            EXISTS (SELECT 1 FROM meeting_confirmations c WHERE c.meeting_id = m.id) AS held
     FROM meeting_parties p JOIN meetings m ON m.id = p.meeting_id WHERE p.attendee_id = ? AND (? OR m.status <> 'cancelled')
     ORDER BY m.starts_at, m.ends_at, m.location`,
  ).all(attendeeId, withCancelled ? 1 : 0) as (ScheduledSlot & { side: Side; mine: string; theirs: string; held: number })[];
  return rows.map((r) => {
    const reps = repsOf(db, r.id, r.side === 'A' ? 'B' : 'A');
    const first = reps[0];
    const org = r.theirs !== '';
    return {
      id: r.id, startsAt: r.startsAt, endsAt: r.endsAt, location: r.location, status: r.status, held: r.held === 1,
      forOrganisation: r.mine, counterpartKind: org ? 'organisation' : 'person', counterpartId: first?.id ?? '',
      counterpartName: org ? r.theirs : (first?.name ?? ''),
      counterpartOrganisation: org ? reps.map((x) => x.name).join(', ') : (first?.organisation ?? ''),
      counterpartCountry: first?.country ?? '', counterpartStatus: sideStatus(reps),
    };
  });
}

/** Everyone with at least one meeting (as a person or a representative), in roster order. */
export function attendeesWithMeetings(db: Db): string[] {
  return db.prepare('SELECT id FROM attendees WHERE id IN (SELECT attendee_id FROM meeting_parties) ORDER BY rowid').pluck().all() as string[];
}

export function countMeetings(db: Db): number {
  return db.prepare('SELECT count(*) FROM meetings').pluck().get() as number;
}

export interface StoredMeeting extends Meeting {
  readonly importBatch: string | null;
  readonly status: MeetingStatus;
}

export function allMeetings(db: Db): StoredMeeting[] {
  return db
    .prepare(
      `SELECT id, starts_at AS startsAt, ends_at AS endsAt, location, party_a AS partyA, party_b AS partyB,
              import_batch AS importBatch, status FROM meetings ORDER BY starts_at, location`,
    )
    .all() as StoredMeeting[];
}

export interface MeetingDetail extends ScheduledSlot {
  readonly orgA: string;
  readonly orgB: string;
  readonly repsA: Representative[];
  readonly repsB: Representative[];
}

export function meetingById(db: Db, id: string): MeetingDetail | undefined {
  const m = db.prepare(
    `SELECT id, starts_at AS startsAt, ends_at AS endsAt, location, status, org_a AS orgA, org_b AS orgB FROM meetings WHERE id = ?`,
  ).get(id) as Omit<MeetingDetail, 'repsA' | 'repsB'> | undefined;
  return m && { ...m, repsA: repsOf(db, id, 'A'), repsB: repsOf(db, id, 'B') };
}

/** Ids of the meetings where one person stands on one side and the other on the other side. */
export function meetingsBetween(db: Db, first: string, second: string): string[] {
  return db.prepare(
    `SELECT p.meeting_id FROM meeting_parties p JOIN meeting_parties q ON q.meeting_id = p.meeting_id AND q.side <> p.side
     WHERE p.attendee_id = ? AND q.attendee_id = ?`,
  ).pluck().all(first, second) as string[];
}

export function upsertMeeting(db: Db, m: MeetingRecord, batchId: string | null): void {
  db.prepare(
    `INSERT INTO meetings (id, starts_at, ends_at, location, party_a, party_b, import_batch, status, org_a, org_b, sectors)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET starts_at = excluded.starts_at, ends_at = excluded.ends_at, location = excluded.location,
       party_a = excluded.party_a, party_b = excluded.party_b, import_batch = excluded.import_batch, status = excluded.status,
       org_a = excluded.org_a, org_b = excluded.org_b, sectors = excluded.sectors`,
  ).run(m.id, m.startsAt, m.endsAt, m.location, m.partyA, m.partyB, batchId, m.status, m.orgA, m.orgB, JSON.stringify(m.sectors));
  db.prepare('DELETE FROM meeting_parties WHERE meeting_id = ?').run(m.id);
  const add = db.prepare('INSERT OR IGNORE INTO meeting_parties (meeting_id, side, attendee_id) VALUES (?, ?, ?)');
  for (const id of m.repsA) add.run(m.id, 'A', id);
  for (const id of m.repsB) add.run(m.id, 'B', id);
}

/** Removes every meeting whose id is not kept (a new schedule export replaces the old one). */
export function deleteMeetingsExcept(db: Db, keepIds: ReadonlySet<string>): number {
  const all = db.prepare('SELECT id FROM meetings').pluck().all() as string[];
  const del = db.prepare('DELETE FROM meetings WHERE id = ?');
  const delParties = db.prepare('DELETE FROM meeting_parties WHERE meeting_id = ?');
  let n = 0;
  for (const id of all) {
    if (keepIds.has(id)) continue;
    delParties.run(id);
    n += del.run(id).changes;
  }
  return n;
}

export interface Confirmation {
  readonly id: string;
  readonly meetingId: string;
  readonly at: string;
  readonly desk: string;
  readonly operator: string;
  readonly method: 'code' | 'badges';
  readonly place: string;
  readonly scanned: readonly string[];
}

export function insertConfirmation(db: Db, c: Confirmation): void {
  db.prepare(
    `INSERT OR IGNORE INTO meeting_confirmations (id, meeting_id, at, desk, operator, method, place, scanned) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(c.id, c.meetingId, c.at, c.desk, c.operator, c.method, c.place, JSON.stringify(c.scanned));
}

/** The confirmation that counts (the earliest, by time then event id), if the meeting was held. */
export function firstConfirmation(db: Db, meetingId: string): Confirmation | undefined {
  const row = db.prepare(
    `SELECT id, meeting_id AS meetingId, at, desk, operator, method, place, scanned FROM meeting_confirmations
     WHERE meeting_id = ? ORDER BY at, id LIMIT 1`,
  ).get(meetingId) as (Omit<Confirmation, 'scanned'> & { scanned: string }) | undefined;
  return row && { ...row, scanned: JSON.parse(row.scanned) as string[] };
}

export interface ReportMeetingRow extends ScheduledSlot {
  /** The organisation on each side: the organisation party's name, else the person's organisation (or name). */
  readonly orgA: string;
  readonly orgB: string;
  /** 1 when that side is an organisation party. */
  readonly orgPartyA: number;
  readonly orgPartyB: number;
  readonly sectors: string;
  readonly heldAt: string | null;
}

/** Every meeting with what the report counts it by, in one read (the parties' people are read only where listed). */
export function meetingsReportRows(db: Db): ReportMeetingRow[] {
  return db.prepare(
    `SELECT m.id, m.starts_at AS startsAt, m.ends_at AS endsAt, m.location, m.status, m.sectors,
            m.org_a <> '' AS orgPartyA, m.org_b <> '' AS orgPartyB,
            CASE WHEN m.org_a <> '' THEN m.org_a WHEN pa.organisation <> '' THEN pa.organisation ELSE pa.display_name END AS orgA,
            CASE WHEN m.org_b <> '' THEN m.org_b WHEN pb.organisation <> '' THEN pb.organisation ELSE pb.display_name END AS orgB,
            (SELECT min(c.at) FROM meeting_confirmations c WHERE c.meeting_id = m.id) AS heldAt
     FROM meetings m JOIN attendees pa ON pa.id = m.party_a JOIN attendees pb ON pb.id = m.party_b
     ORDER BY m.starts_at, m.location`,
  ).all() as ReportMeetingRow[];
}

type RosterRep = Representative & { readonly rowid: number };
/** Each listed meeting's people: side A, side B, each in roster order. */
export type MeetingSides = Map<string, [RosterRep[], RosterRep[]]>;

/**
 * The people of both sides of these meetings, and which of them were admitted on which day
 * ("day|attendee"). The sides and the people are read whole and joined here: for thousands of
 * meetings that is several times cheaper than looking each meeting up.
 */
export function reportParties(db: Db, meetingIds: readonly string[]): { sides: MeetingSides; present: Set<string> } {
  const sides: MeetingSides = new Map(meetingIds.map((id) => [id, [[], []]]));
  if (meetingIds.length === 0) return { sides, present: new Set() };
  const people = new Map(
    (db.prepare(
      `SELECT rowid, id, display_name AS name, organisation, country, email, status FROM attendees
       WHERE id IN (SELECT attendee_id FROM meeting_parties)`,
    ).all() as RosterRep[]).map((p) => [p.id, p]),
  );
  for (const [meetingId, side, attendeeId] of db.prepare('SELECT meeting_id, side, attendee_id FROM meeting_parties').raw().all() as [string, Side, string][]) {
    const both = sides.get(meetingId);
    const p = both && people.get(attendeeId);
    if (both && p) both[side === 'A' ? 0 : 1].push(p);
  }
  const byRoster = (x: RosterRep, y: RosterRep): number => x.rowid - y.rowid;
  for (const [a, b] of sides.values()) {
    if (a.length > 1) a.sort(byRoster);
    if (b.length > 1) b.sort(byRoster);
  }
  // An undone check-in does not count.
  const present = new Set(db.prepare(
    `SELECT day || '|' || attendee_id FROM checkins WHERE undone_at IS NULL AND attendee_id IN (SELECT attendee_id FROM meeting_parties)`,
  ).pluck().all() as string[]);
  return { sides, present };
}
