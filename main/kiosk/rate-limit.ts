import type { Db } from '../../db/open.ts';
import { addHit, countHits, oldestHit, pruneHits } from '../../db/queries/guard-hits.ts';

// Sliding-window limits on what a self-service kiosk can try: each try is a row in guard_hits
// (migration 011), so the window is a count over the last N minutes and a restart forgets nothing.
// Counted twice: per client (the device's address, or 'ipc' for the Electron window) and per
// pairing role (all devices holding the kiosk token together).

export type GuardedAction = 'search' | 'scan' | 'email' | 'email-wrong' | 'pin';

export interface Window {
  readonly limit: number;
  readonly windowMs: number;
}

export interface ActionLimits {
  readonly perClient: Window;
  readonly perRole: Window;
}

const MINUTE = 60_000;

/**
 * A person finding themself types a dozen letters and tries one or two names; a queue at a busy
 * kiosk scans one ticket every few seconds. Anything past these numbers is someone exploring.
 */
export type KioskLimits = Readonly<Record<GuardedAction, ActionLimits>>;

export const KIOSK_LIMITS: KioskLimits = {
  search: { perClient: { limit: 40, windowMs: MINUTE }, perRole: { limit: 400, windowMs: 10 * MINUTE } },
  scan: { perClient: { limit: 20, windowMs: MINUTE }, perRole: { limit: 120, windowMs: MINUTE } },
  email: { perClient: { limit: 10, windowMs: 10 * MINUTE }, perRole: { limit: 60, windowMs: 10 * MINUTE } },
  // Wrong answers to the e-mail question lock the device that gave them, never the person asked about.
  'email-wrong': { perClient: { limit: 3, windowMs: 15 * MINUTE }, perRole: { limit: 30, windowMs: 15 * MINUTE } },
  pin: { perClient: { limit: 10, windowMs: 10 * MINUTE }, perRole: { limit: 30, windowMs: 10 * MINUTE } },
};

const LONGEST_WINDOW = Math.max(...Object.values(KIOSK_LIMITS).flatMap((l) => [l.perClient.windowMs, l.perRole.windowMs]));

/** Who is asking: the pairing role and the device. */
export interface Caller {
  readonly role: string;
  readonly client: string;
  /** Only this machine can reach the transport (IPC, or HTTP bound to loopback). */
  readonly onMachine?: boolean;
}

export class RateLimited extends Error {
  readonly retryAfterMs: number;
  constructor(retryAfterMs: number) {
    super('Too many tries at this kiosk. Please ask at the registration desk.');
    this.name = 'RateLimited';
    this.retryAfterMs = retryAfterMs;
  }
}

export class KioskGuard {
  readonly #db: Db;
  readonly #limits: KioskLimits;
  #sincePrune = 0;

  constructor(db: Db, limits: KioskLimits = KIOSK_LIMITS) {
    this.#db = db;
    this.#limits = limits;
  }

  #buckets(action: GuardedAction, caller: Caller): [string, Window][] {
    const l = this.#limits[action];
    return [[`${action}|client:${caller.client}`, l.perClient], [`${action}|role:${caller.role}`, l.perRole]];
  }

  /** Throws RateLimited when the caller has used up this action's window. */
  check(action: GuardedAction, caller: Caller, now = Date.now()): void {
    for (const [bucket, w] of this.#buckets(action, caller)) {
      const since = now - w.windowMs;
      if (countHits(this.#db, bucket, since) >= w.limit) {
        const oldest = oldestHit(this.#db, bucket, since) ?? now;
        throw new RateLimited(Math.max(1000, oldest + w.windowMs - now));
      }
    }
  }

  /** Counts one try (durably, before the answer goes out). */
  record(action: GuardedAction, caller: Caller, now = Date.now()): void {
    this.#db.transaction(() => {
      for (const [bucket] of this.#buckets(action, caller)) addHit(this.#db, bucket, now);
      if (++this.#sincePrune >= 200) {
        this.#sincePrune = 0;
        pruneHits(this.#db, now - LONGEST_WINDOW);
      }
    })();
  }

  /** Checks, then counts: the usual way to spend one try. */
  take(action: GuardedAction, caller: Caller, now = Date.now()): void {
    this.check(action, caller, now);
    this.record(action, caller, now);
  }
}
