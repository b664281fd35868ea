import type { Db } from '../../db/open.ts';
import { getAttendee, type StoredAttendee } from '../../db/queries/attendees.ts';
import { search } from '../search/search.ts';

export const KIOSK_MAX_MATCHES = 5;

export interface KioskMatch {
  readonly ref: string;
  readonly firstName: string;
  readonly familyInitial: string;
  readonly organisation: string;
}

type Named = Pick<StoredAttendee, 'firstName' | 'familyName' | 'displayName'>;

const firstOf = (a: Named): string => a.firstName || a.displayName.split(/\s+/)[0] || '';
const initialOf = (a: Named): string => {
  const family = a.familyName || a.displayName.split(/\s+/).slice(1).join(' ');
  return family ? `${[...family][0]?.toUpperCase() ?? ''}.` : '';
};

/**
 * A self-service name search: at most five active people, each shown only as first name, family
 * initial and organisation, so that the kiosk cannot be used to read the roster.
 */
export function kioskSearch(db: Db, query: string): KioskMatch[] {
  return search(db, query, 20)
    .filter((h) => h.match !== 'code' && h.attendee.status === 'active')
    .slice(0, KIOSK_MAX_MATCHES)
    .map(({ attendee: a }) => ({ ref: a.id, firstName: firstOf(a), familyInitial: initialOf(a), organisation: a.organisation }));
}

export const kioskFirstName = firstOf;

const MAX_FAILURES = 5;
const LOCK_MS = 10 * 60_000;

/**
 * Proof that the person at the kiosk is the one found by name: the e-mail address on file.
 * Wrong guesses are counted per person; after five, that person can only be served at a desk
 * for ten minutes.
 */
export class EmailCheck {
  readonly #failures = new Map<string, { count: number; lockedUntil: number }>();

  verify(db: Db, ref: string, email: string, now = Date.now()): { ok: true; attendee: StoredAttendee } | { ok: false; message: string } {
    const state = this.#failures.get(ref);
    if (state && state.lockedUntil > now) return { ok: false, message: 'Too many attempts. Please ask at the registration desk.' };
    const attendee = getAttendee(db, ref);
    const onFile = attendee?.email.trim().toLowerCase() ?? '';
    if (attendee && onFile !== '' && onFile === email.trim().toLowerCase()) {
      this.#failures.delete(ref);
      return { ok: true, attendee };
    }
    const count = (state && state.lockedUntil <= now && state.lockedUntil !== 0 ? 0 : (state?.count ?? 0)) + 1;
    this.#failures.set(ref, { count, lockedUntil: count >= MAX_FAILURES ? now + LOCK_MS : 0 });
    return { ok: false, message: 'That e-mail address does not match our records. Please ask at the registration desk.' };
  }
}
