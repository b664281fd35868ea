import type { Db } from '../open.ts';
import { prepared } from '../prepared.ts';

export interface PreprintedBadge {
  readonly attendeeId: string;
  readonly batch: string;
  readonly at: string;
  readonly desk: string;
  readonly operator: string;
}

/** Records that a person's badge was printed in a batch; the first record is kept. */
export function insertPreprinted(db: Db, p: PreprintedBadge): void {
  prepared(db, `INSERT INTO preprinted_badges (attendee_id, batch, at, desk, operator) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (attendee_id) DO NOTHING`).run(p.attendeeId, p.batch, p.at, p.desk, p.operator);
}

export function preprintedBadge(db: Db, attendeeId: string): PreprintedBadge | undefined {
  return prepared(db, `SELECT attendee_id AS attendeeId, batch, at, desk, operator FROM preprinted_badges WHERE attendee_id = ?`)
    .get(attendeeId) as PreprintedBadge | undefined;
}
