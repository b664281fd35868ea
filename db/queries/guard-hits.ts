import type { Db } from '../open.ts';
import { prepared } from '../prepared.ts';

/** How many hits a bucket has had since `since` (ms). */
export function countHits(db: Db, bucket: string, since: number): number {
  return prepared(db, 'SELECT count(*) FROM guard_hits WHERE bucket = ? AND at > ?').pluck().get(bucket, since) as number;
}

/** The oldest hit of a bucket since `since`: when it leaves the window, a place frees up. */
export function oldestHit(db: Db, bucket: string, since: number): number | undefined {
  return prepared(db, 'SELECT min(at) FROM guard_hits WHERE bucket = ? AND at > ?').pluck().get(bucket, since) as number | undefined ?? undefined;
}

export function addHit(db: Db, bucket: string, at: number): void {
  prepared(db, 'INSERT INTO guard_hits (bucket, at) VALUES (?, ?)').run(bucket, at);
}

export function clearHits(db: Db, bucket: string): void {
  prepared(db, 'DELETE FROM guard_hits WHERE bucket = ?').run(bucket);
}

/** Forgets hits older than every window (called now and then, so the table stays small). */
export function pruneHits(db: Db, before: number): void {
  prepared(db, 'DELETE FROM guard_hits WHERE at <= ?').run(before);
}
