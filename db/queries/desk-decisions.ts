import type { Db } from '../open.ts';
import { prepared } from '../prepared.ts';

export const DECISION_KINDS = ['attention-confirmed', 'override', 'undo'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** A decision staff took at the door, with who and where (see migration 015). */
export interface DeskDecision {
  readonly id: string;
  readonly kind: DecisionKind;
  readonly attendeeId: string;
  readonly day: string;
  readonly checkinId: string | null;
  readonly reason: string;
  readonly refusal: string | null;
  readonly at: string;
  readonly desk: string;
  readonly operator: string;
}

const SELECT = `SELECT id, kind, attendee_id AS attendeeId, day, checkin_id AS checkinId, reason, refusal, at, desk, operator FROM desk_decisions`;

export function insertDecision(db: Db, d: DeskDecision): void {
  prepared(db, `INSERT INTO desk_decisions (id, kind, attendee_id, day, checkin_id, reason, refusal, at, desk, operator)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  ).run(d.id, d.kind, d.attendeeId, d.day, d.checkinId, d.reason, d.refusal, d.at, d.desk, d.operator);
}

export function decisionsOfAttendee(db: Db, attendeeId: string): DeskDecision[] {
  return prepared(db, `${SELECT} WHERE attendee_id = ? ORDER BY at, id`).all(attendeeId) as DeskDecision[];
}

/** One day's decisions of one kind, newest first (the dashboard's list of overrides). */
export function decisionsOfDay(db: Db, day: string, kind: DecisionKind): DeskDecision[] {
  return prepared(db, `${SELECT} WHERE day = ? AND kind = ? ORDER BY at DESC, id`).all(day, kind) as DeskDecision[];
}
