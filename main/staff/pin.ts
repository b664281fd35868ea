import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../db/open.ts';
import { readSetting, writeSetting } from '../../db/queries/app-settings.ts';
import { InputError } from '../errors.ts';
import { assertMayTry, recordRightPin, recordWrongPin } from './pin-guard.ts';

// The staff PIN guards leaving kiosk mode and staff-only screens. Stored as a salted scrypt hash:
// a copied database does not reveal it, and a short PIN still costs real work per guess. The
// hash is worked out on libuv's thread pool, so checking PINs never holds up the desk's scans,
// and wrong PINs are slowed down and locked out (pin-guard.ts).
const KEY = 'staff.pin';
const KEY_LENGTH = 32;
export const PIN_RULE = /^\d{6,16}$/;

interface PinHash {
  readonly salt: string;
  readonly hash: string;
}

const derive = (pin: string, salt: Buffer): Promise<Buffer> =>
  new Promise((done, fail) => {
    scrypt(pin, salt, KEY_LENGTH, { N: 1 << 14, r: 8, p: 1 }, (err, key) => (err ? fail(err) : done(key)));
  });

export const hasStaffPin = (db: Db): boolean => readSetting<PinHash>(db, KEY) !== undefined;

/**
 * Checks a PIN. Throws PinLocked while wrong tries must wait; a wrong PIN is counted, a right
 * one clears the count. False when no PIN is set.
 */
export async function verifyStaffPin(db: Db, pin: string, now = Date.now()): Promise<boolean> {
  const stored = readSetting<PinHash>(db, KEY);
  if (!stored) return false;
  assertMayTry(db, now);
  const expected = Buffer.from(stored.hash, 'base64');
  const derived = await derive(pin.slice(0, 64), Buffer.from(stored.salt, 'base64'));
  // Another try may have been counted while this one was hashed: check the lock again.
  assertMayTry(db, now);
  const right = derived.length === expected.length && timingSafeEqual(derived, expected);
  if (right) recordRightPin(db);
  else recordWrongPin(db, now);
  return right;
}

/** Sets the PIN (6 to 16 digits); changing an existing one requires the current one. */
export async function setStaffPin(db: Db, pin: string, currentPin?: string): Promise<void> {
  if (!PIN_RULE.test(pin)) throw new InputError('The PIN is 6 to 16 digits.');
  if (hasStaffPin(db) && (currentPin === undefined || !(await verifyStaffPin(db, currentPin)))) {
    throw new InputError('The current PIN is wrong.');
  }
  const salt = randomBytes(16);
  const hash = await derive(pin, salt);
  writeSetting(db, KEY, { salt: salt.toString('base64'), hash: hash.toString('base64') } satisfies PinHash);
}
