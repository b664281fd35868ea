import type { Db } from '../handle.ts';
import { prepared } from '../prepared.ts';
import type { HelpFlag } from '../../model/help.ts';

/** A help request's row is the flag the screens show (model/help.ts). */
export type HelpRequestRow = HelpFlag;

const SELECT = 'SELECT id, station, message, raised_at AS raisedAt, cleared_at AS clearedAt FROM help_requests';

export function insertHelpRequest(db: Db, r: Omit<HelpRequestRow, 'clearedAt'>): void {
  prepared(db, 'INSERT INTO help_requests (id, station, message, raised_at) VALUES (?, ?, ?, ?)').run(r.id, r.station, r.message, r.raisedAt);
}

/** Marks a request cleared unless it already was (the first clearing counts). */
export function markHelpCleared(db: Db, id: string, at: string, by: string): void {
  prepared(db, 'UPDATE help_requests SET cleared_at = ?, cleared_by = ? WHERE id = ? AND cleared_at IS NULL').run(at, by, id);
}

export function getHelpRequest(db: Db, id: string): HelpRequestRow | undefined {
  return prepared(db, `${SELECT} WHERE id = ?`).get(id) as HelpRequestRow | undefined;
}

/** The latest requests, newest first (open and cleared alike; the caller orders them for display). */
export function recentHelpRequests(db: Db, limit: number): HelpRequestRow[] {
  return prepared(db, `${SELECT} ORDER BY raised_at DESC LIMIT ?`).all(limit) as HelpRequestRow[];
}
