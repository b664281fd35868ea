import type { Db } from '../../db/open.ts';
import { attendeeIdByCode } from '../../db/queries/attendees.ts';
import { readConference } from '../../db/queries/conference.ts';
import { looksLikeBadgeToken, verifyBadgeToken } from '../badges/token.ts';

export type Resolution =
  | { readonly kind: 'found'; readonly attendeeId: string; readonly method: 'code' | 'badge' }
  | { readonly kind: 'forged'; readonly message: string }
  | { readonly kind: 'unknown' };

/** One way of reading a scanned code; returns undefined when the code is not of its kind. */
export type CodeResolver = (db: Db, code: string) => Resolution | undefined;

/** A scanned Foyer badge: a genuine token admits its holder, anything token-shaped but wrong is forged. */
const badgeToken: CodeResolver = (db, code) => {
  if (!looksLikeBadgeToken(code)) return undefined;
  const key = readConference(db)?.signingKey;
  if (!key) return { kind: 'forged', message: 'This desk has no badge key for the event: the badge cannot be verified.' };
  const check = verifyBadgeToken(key.publicKey, code);
  if (!check.ok) return { kind: 'forged', message: `Badge not issued by this event (${check.reason}).` };
  return { kind: 'found', attendeeId: check.attendeeId, method: 'badge' };
};

const ticketCode: CodeResolver = (db, code) => {
  const attendeeId = attendeeIdByCode(db, code);
  return attendeeId ? { kind: 'found', attendeeId, method: 'code' } : undefined;
};

// A scan is a Foyer badge token (signed, verified offline) or a ticket code from the source system.
const resolvers: readonly CodeResolver[] = [badgeToken, ticketCode];

export function resolveCode(db: Db, rawCode: string): Resolution {
  const code = rawCode.trim();
  for (const resolver of resolvers) {
    const r = resolver(db, code);
    if (r) return r;
  }
  return { kind: 'unknown' };
}
