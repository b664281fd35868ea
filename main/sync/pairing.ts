import { InputError } from '../errors.ts';

// What `foyer hub` prints for the desks: the venue token and the SHA-256 fingerprint of the hub's
// certificate, as TOKEN#FINGERPRINT. The token opens the stream; the fingerprint lets a desk check,
// with no certificate authority and no internet, that it talks to the venue's hub and not to a
// machine pretending to be it.

export interface Pairing {
  /** The venue token (shared secret). */
  readonly secret: string;
  /** SHA-256 of the hub certificate (DER), 64 lowercase hex digits; null for the old token-only form. */
  readonly fingerprint: string | null;
}

/** "54:C2:A6…" (as openssl prints it) or "54c2a6…" → "54c2a6…"; an InputError for anything else. */
export function normalizeFingerprint(input: string): string {
  const hex = input.trim().replaceAll(':', '').toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hex)) {
    throw new InputError(`"${input}" is not a certificate fingerprint: it is the 64 hex digits after # in what \`foyer hub\` printed.`);
  }
  return hex;
}

/** TOKEN#FINGERPRINT, or a plain TOKEN (fingerprint null); `fingerprint` (e.g. --fingerprint) wins when given. */
export function parsePairing(input: string, fingerprint?: string | null): Pairing {
  const hash = input.indexOf('#');
  const secret = (hash < 0 ? input : input.slice(0, hash)).trim();
  if (!secret) throw new InputError('The token is empty: copy what `foyer hub` printed (TOKEN#FINGERPRINT).');
  const fromToken = hash < 0 ? null : normalizeFingerprint(input.slice(hash + 1));
  return { secret, fingerprint: fingerprint ? normalizeFingerprint(fingerprint) : fromToken };
}

export const formatPairing = (p: Pairing): string => (p.fingerprint ? `${p.secret}#${p.fingerprint}` : p.secret);

/** Said when a desk has a token without fingerprint and the hub speaks TLS. */
export const NEEDS_FINGERPRINT =
  'This hub uses TLS and the token has no certificate fingerprint: give the whole pairing `foyer hub` printed ' +
  '(TOKEN#FINGERPRINT), or add --fingerprint.';
