import type { Db } from '../../db/open.ts';
import { attendeeIdByCode } from '../../db/queries/attendees.ts';
import { badgeTokenResolver } from '../badges/token-resolver.ts';

export type Resolution =
  | { readonly kind: 'found'; readonly attendeeId: string; readonly method: 'code' | 'badge' }
  | { readonly kind: 'forged'; readonly message: string }
  | { readonly kind: 'unknown' };

/** One way of reading a scanned code; returns undefined when the code is not of its kind. */
export type CodeResolver = (db: Db, code: string) => Resolution | undefined;

const ticketCode: CodeResolver = (db, code) => {
  const attendeeId = attendeeIdByCode(db, code);
  return attendeeId ? { kind: 'found', attendeeId, method: 'code' } : undefined;
};

// A scan is a Foyer badge token (signed, verified offline) or a ticket code from the source system.
const resolvers: readonly CodeResolver[] = [badgeTokenResolver, ticketCode];

export function resolveCode(db: Db, rawCode: string): Resolution {
  const code = rawCode.trim();
  for (const resolver of resolvers) {
    const r = resolver(db, code);
    if (r) return r;
  }
  return { kind: 'unknown' };
}
