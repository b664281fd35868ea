import type { Db } from '../../db/open.ts';
import { readSetting, writeSetting } from '../../db/queries/app-settings.ts';

// Wrong staff PINs slow down, then lock, every further try, on this desk, across restarts. Two
// mistakes cost nothing; from the third the next try waits 5 s, 10 s, …; from the fifth the PIN
// is locked for 15 minutes, doubling with each further mistake. A right PIN clears it all.

const KEY = 'staff.pinGuard';
export const FREE_MISTAKES = 2;
export const LOCK_AFTER = 5;
const BACKOFF_MS = 5_000;
const LOCK_MS = 15 * 60_000;
const MAX_WAIT_MS = 24 * 3600_000;

interface GuardState {
  readonly failures: number;
  /** No try is checked before this instant (ms since the epoch). */
  readonly nextTryAt: number;
}

export class PinLocked extends Error {
  readonly retryAfterMs: number;
  readonly locked: boolean;
  constructor(retryAfterMs: number, locked: boolean) {
    const minutes = Math.ceil(retryAfterMs / 60_000);
    super(locked
      ? `Too many wrong PINs: the PIN is locked for ${minutes} minute${minutes === 1 ? '' : 's'}. Please ask at the desk.`
      : `Wrong PIN. Wait ${Math.ceil(retryAfterMs / 1000)} s before the next try.`);
    this.name = 'PinLocked';
    this.retryAfterMs = retryAfterMs;
    this.locked = locked;
  }
}

const stateOf = (db: Db): GuardState => readSetting<GuardState>(db, KEY) ?? { failures: 0, nextTryAt: 0 };

/** How long the next try must wait after `failures` wrong PINs in a row. */
export function waitAfter(failures: number): number {
  if (failures <= FREE_MISTAKES) return 0;
  if (failures < LOCK_AFTER) return BACKOFF_MS * 2 ** (failures - FREE_MISTAKES - 1);
  return Math.min(MAX_WAIT_MS, LOCK_MS * 2 ** (failures - LOCK_AFTER));
}

/** Throws PinLocked while the desk must wait; otherwise the try may go ahead. */
export function assertMayTry(db: Db, now = Date.now()): void {
  const s = stateOf(db);
  if (s.nextTryAt > now) throw new PinLocked(s.nextTryAt - now, s.failures >= LOCK_AFTER);
}

/** Counts a wrong PIN (durably: a restart does not reset it). Returns the new count. */
export function recordWrongPin(db: Db, now = Date.now()): number {
  const failures = stateOf(db).failures + 1;
  writeSetting(db, KEY, { failures, nextTryAt: now + waitAfter(failures) } satisfies GuardState);
  return failures;
}

export function recordRightPin(db: Db): void {
  if (stateOf(db).failures > 0) writeSetting(db, KEY, { failures: 0, nextTryAt: 0 } satisfies GuardState);
}

export const pinFailures = (db: Db): number => stateOf(db).failures;
