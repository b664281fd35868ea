import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../db/open.ts';
import { readSetting, writeSetting } from '../../db/queries/app-settings.ts';
import { InputError } from '../errors.ts';

// The staff PIN guards leaving kiosk mode and staff-only screens. Stored as a salted scrypt hash:
// a copied database does not reveal it, and a short PIN still costs real work per guess.
const KEY = 'staff.pin';
const KEY_LENGTH = 32;

interface PinHash {
  readonly salt: string;
  readonly hash: string;
}

const derive = (pin: string, salt: Buffer): Buffer => scryptSync(pin, salt, KEY_LENGTH, { N: 1 << 14, r: 8, p: 1 });

export const hasStaffPin = (db: Db): boolean => readSetting<PinHash>(db, KEY) !== undefined;

export function verifyStaffPin(db: Db, pin: string): boolean {
  const stored = readSetting<PinHash>(db, KEY);
  if (!stored) return false;
  const expected = Buffer.from(stored.hash, 'base64');
  return timingSafeEqual(derive(pin, Buffer.from(stored.salt, 'base64')), expected);
}

/** Sets the PIN; changing an existing one requires the current one. */
export function setStaffPin(db: Db, pin: string, currentPin?: string): void {
  if (!/^\d{4,12}$/.test(pin)) throw new InputError('The PIN is 4 to 12 digits.');
  if (hasStaffPin(db) && (currentPin === undefined || !verifyStaffPin(db, currentPin))) {
    throw new InputError('The current PIN is wrong.');
  }
  const salt = randomBytes(16);
  writeSetting(db, KEY, { salt: salt.toString('base64'), hash: derive(pin, salt).toString('base64') } satisfies PinHash);
}
