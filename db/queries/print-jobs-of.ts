import type { Db } from '../open.ts';
import { prepared } from '../prepared.ts';

/** What a person's history shows of one print job. */
export interface PersonJob {
  readonly id: string;
  readonly kind: 'badge' | 'sheet' | 'test-page';
  readonly printer: string;
  readonly desk: string;
  readonly requestedBy: string;
  readonly checkinId: string | null;
  readonly reprint: number;
  readonly state: string;
  readonly createdAt: string;
}

/** A person's print jobs, newest first (through print_jobs_attendee). */
export function recentJobsOf(db: Db, attendeeId: string, limit = 50): PersonJob[] {
  return prepared(db, `SELECT id, kind, printer, desk, requested_by AS requestedBy, checkin_id AS checkinId, reprint, state, created_at AS createdAt
     FROM print_jobs WHERE attendee_id = ? ORDER BY created_at DESC LIMIT ?`).all(attendeeId, limit) as PersonJob[];
}
