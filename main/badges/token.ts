import { createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import { fromBase32, toBase32 } from './base32.ts';

// A badge token: "F1" + id kind + "." + base32(attendee id) + "." + base32(Ed25519 signature).
// Signed over "F1<kind>." followed by the id bytes, with the event's private key; any desk holding
// the event's public key verifies it offline (the model is pretix's signed tickets). A UUID id is
// packed into 16 bytes, which keeps the QR code at version 7 or so.
const VERSION = 'F1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SHAPE = /^[^.]{3}\.[^.]+\.[^.]{90,}$/;

const keys = new Map<string, KeyObject>();
function key(pem: string, kind: 'private' | 'public'): KeyObject {
  let k = keys.get(pem);
  if (!k) {
    k = kind === 'private' ? createPrivateKey(pem) : createPublicKey(pem);
    keys.set(pem, k);
  }
  return k;
}

function idBytes(id: string): { kind: 'U' | 'S'; bytes: Buffer } {
  if (UUID.test(id)) return { kind: 'U', bytes: Buffer.from(id.replaceAll('-', ''), 'hex') };
  return { kind: 'S', bytes: Buffer.from(id, 'utf8') };
}

function idFrom(kind: string, bytes: Uint8Array): string | null {
  if (kind === 'U') {
    if (bytes.length !== 16) return null;
    const h = Buffer.from(bytes).toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
  if (kind === 'S') {
    const s = Buffer.from(bytes).toString('utf8');
    return s !== '' && Buffer.from(s, 'utf8').equals(Buffer.from(bytes)) ? s : null;
  }
  return null;
}

const signed = (head: string, bytes: Uint8Array): Buffer => Buffer.concat([Buffer.from(head, 'ascii'), bytes]);

/**
 * Signs `bytes` as a token of one kind (a badge: U or S; a meeting code: M). The kind letter is part
 * of what is signed, so a signature made for one kind never verifies as another.
 */
export function signKindToken(privateKeyPem: string, kind: string, bytes: Uint8Array): string {
  const head = `${VERSION}${kind}.`;
  const signature = sign(null, signed(head, bytes), key(privateKeyPem, 'private'));
  return `${head}${toBase32(bytes)}.${toBase32(signature)}`;
}

export function signBadgeToken(privateKeyPem: string, attendeeId: string): string {
  const { kind, bytes } = idBytes(attendeeId);
  return signKindToken(privateKeyPem, kind, bytes);
}

/** True for anything shaped like a Foyer badge token, genuine or not. */
export const looksLikeBadgeToken = (code: string): boolean => SHAPE.test(code);

export type KindTokenCheck = { readonly ok: true; readonly kind: string; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: string };

/** Checks a token of any kind against the event's public key; the caller checks the kind. */
export function verifyKindToken(publicKeyPem: string, token: string): KindTokenCheck {
  const [head, idPart, sigPart, ...extra] = token.split('.');
  if (!head || idPart === undefined || sigPart === undefined || extra.length > 0) return { ok: false, reason: 'malformed' };
  if (!head.startsWith(VERSION) || head.length !== 3) return { ok: false, reason: `unknown token version ${head}` };
  const bytes = fromBase32(idPart);
  const signature = fromBase32(sigPart);
  if (!bytes || !signature || signature.length !== 64) return { ok: false, reason: 'malformed' };
  const good = verify(null, signed(`${head}.`, bytes), key(publicKeyPem, 'public'), signature);
  return good ? { ok: true, kind: head.slice(2), bytes } : { ok: false, reason: 'bad signature' };
}

export type TokenCheck = { readonly ok: true; readonly attendeeId: string } | { readonly ok: false; readonly reason: string };

export function verifyBadgeToken(publicKeyPem: string, token: string): TokenCheck {
  const head = token.split('.')[0] ?? '';
  // Another kind of Foyer token (a meeting code) is never a badge, whatever its signature.
  if (head.length === 3 && head.startsWith(VERSION) && head[2] !== 'U' && head[2] !== 'S') return { ok: false, reason: 'malformed' };
  const check = verifyKindToken(publicKeyPem, token);
  if (!check.ok) return check;
  const attendeeId = idFrom(check.kind, check.bytes);
  return attendeeId ? { ok: true, attendeeId } : { ok: false, reason: 'malformed' };
}
