import { randomBytes } from 'node:crypto';

// A kiosk name search answers opaque references, never attendee ids: a reference means "the
// person shown on this device a moment ago" and nothing else. It works only for the device it was
// given to, only for a few minutes, and no kiosk method accepts an attendee id.

const LIFETIME_MS = 5 * 60_000;
const MAX_LIVE = 5_000;

interface Entry {
  readonly attendeeId: string;
  readonly client: string;
  readonly expires: number;
}

export class KioskRefs {
  readonly #entries = new Map<string, Entry>();

  issue(attendeeId: string, client: string, now = Date.now()): string {
    if (this.#entries.size >= MAX_LIVE) this.#sweep(now);
    const ref = randomBytes(12).toString('base64url');
    this.#entries.set(ref, { attendeeId, client, expires: now + LIFETIME_MS });
    return ref;
  }

  /** The attendee behind a reference this client was given, while it lasts. */
  resolve(ref: string, client: string, now = Date.now()): string | undefined {
    const entry = this.#entries.get(ref);
    if (!entry || entry.client !== client) return undefined;
    if (entry.expires <= now) {
      this.#entries.delete(ref);
      return undefined;
    }
    return entry.attendeeId;
  }

  #sweep(now: number): void {
    for (const [ref, e] of this.#entries) if (e.expires <= now) this.#entries.delete(ref);
    // Still full: a flood of searches; the oldest references go first.
    for (const ref of this.#entries.keys()) {
      if (this.#entries.size < MAX_LIVE) break;
      this.#entries.delete(ref);
    }
  }
}
