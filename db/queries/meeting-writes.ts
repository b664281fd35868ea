import type { Db } from '../open.ts';

export interface MeetingRow {
  readonly id: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly location: string;
  readonly partyA: string;
  readonly partyB: string;
}

export function upsertMeeting(db: Db, m: MeetingRow, batchId: string | null): void {
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
