import type { Db } from '../../db/open.ts';
import { readConference } from '../../db/queries/conference.ts';
import { signKindToken, verifyKindToken } from '../badges/token.ts';

// A meeting code: the badge token's format and the event's Ed25519 key, with its own kind letter
// "M" (badges are U or S). The kind is signed with the id, so a badge token never passes as a
// meeting code nor a meeting code as a badge; any desk verifies it offline.
const KIND = 'M';
const SHAPE = /^F1M\.[^.]+\.[^.]{90,}$/;

export const looksLikeMeetingCode = (code: string): boolean => SHAPE.test(code.trim());

export function signMeetingCode(privateKeyPem: string, meetingId: string): string {
  return signKindToken(privateKeyPem, KIND, Buffer.from(meetingId, 'utf8'));
}

export type MeetingCodeCheck = { readonly ok: true; readonly meetingId: string } | { readonly ok: false; readonly reason: string };

export function verifyMeetingCode(publicKeyPem: string, code: string): MeetingCodeCheck {
  const check = verifyKindToken(publicKeyPem, code.trim());
  if (!check.ok) return check;
  if (check.kind !== KIND) return { ok: false, reason: 'not a meeting code' };
  const meetingId = Buffer.from(check.bytes).toString('utf8');
  return meetingId && Buffer.from(meetingId, 'utf8').equals(Buffer.from(check.bytes)) ? { ok: true, meetingId } : { ok: false, reason: 'malformed' };
}

/** The code printed on a meeting's sheets; null when the event has no signing key. */
export function meetingCodeFor(db: Db, meetingId: string): string | null {
  const key = readConference(db)?.signingKey;
  return key ? signMeetingCode(key.privateKey, meetingId) : null;
}
