import type { Db } from '../../db/open.ts';
import { readConference } from '../../db/queries/conference.ts';
import type { CodeResolver } from '../checkin/resolve.ts';
import { looksLikeBadgeToken, verifyBadgeToken } from './token.ts';

/** Reads a scanned Foyer badge: a genuine token admits its holder, anything token-shaped but wrong is forged. */
export const badgeTokenResolver: CodeResolver = (db: Db, code: string) => {
  if (!looksLikeBadgeToken(code)) return undefined;
  const key = readConference(db)?.signingKey;
  if (!key) return { kind: 'forged', message: 'This desk has no badge key for the event: the badge cannot be verified.' };
  const check = verifyBadgeToken(key.publicKey, code);
  if (!check.ok) return { kind: 'forged', message: `Badge not issued by this event (${check.reason}).` };
  return { kind: 'found', attendeeId: check.attendeeId, method: 'badge' };
};
