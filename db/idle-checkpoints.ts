import { checkpointingInBackground } from './background-checkpoint.ts';
import type { Db } from './handle.ts';

// In WAL mode SQLite copies the log back into the database file ("checkpoint") inside whichever
// commit crosses 1,000 pages: now and then a scan waited 1–2.5 ms for it. A running desk instead
// checkpoints on a timer, which only fires when the event loop is free, so never inside a scan.
// The automatic checkpoint stays as a backstop for long bursts without a pause, at 2,000 pages
// (16 MB with the 8 KB pages of a new database; 1,000 measured the same). A backstop of 20,000
// let a burst of check-ins run against an ever longer log, and each got slower: in the bench the
// check-in's p99 was 2.1-2.4x the plain insert's, against 1.4-1.9x with 2,000 (and with SQLite's
// 1,000) in alternating runs of 3,000 scans.

export interface IdleCheckpoints {
  readonly stop: () => void;
}

export function startIdleCheckpoints(db: Db, options: { everyMs?: number; backstopPages?: number } = {}): IdleCheckpoints {
  if (db.memory || db.readonly) return { stop: () => undefined };
  const usual = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma(`wal_autocheckpoint = ${options.backstopPages ?? 2_000}`);
  const timer = setInterval(() => {
    if (!db.open || db.inTransaction || checkpointingInBackground(db)) return;
    try {
      // PASSIVE: copies what it can without waiting for, or blocking, another connection.
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // Another connection is checkpointing: the next tick (or the backstop) catches up.
    }
  }, options.everyMs ?? 250);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      if (db.open) db.pragma(`wal_autocheckpoint = ${usual}`);
    },
  };
}
