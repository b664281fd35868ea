import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DatabaseKeyError, fileKind } from '../../db/driver.ts';
import { resolveDbKey } from './db-key.ts';

// The desktop app's database key. The shell gives a sealer backed by the OS keychain (Electron's
// safeStorage: Keychain on macOS, DPAPI on Windows, the Secret Service or KWallet on Linux); the
// key itself, sealed by it, lives beside the database, so only this user on this machine can
// open it. Kept free of 'electron' so that it is tested in plain Node.

/** What the shell's safeStorage offers. */
export interface KeySealer {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
}

/** foyer.sqlite → foyer.sqlite.key (the sealed key; useless without this user's keychain). */
export const sealedKeyPathFor = (dbPath: string): string => `${dbPath}.key`;

export type AppKeyChoice =
  | { readonly key: string; readonly source: 'environment' | 'keychain' | 'new' }
  | { readonly key: null; readonly source: 'plain-database' | 'encryption-off' | 'no-keychain' };

/**
 * The key to open the app's database with. FOYER_DB_KEY wins (the same key as the CLI's). A new
 * database is encrypted with a fresh random key sealed by the keychain, unless FOYER_DB_PLAIN=1 or
 * the keychain cannot seal; an existing plain database stays plain.
 */
export function appDatabaseKey(dbPath: string, sealer: KeySealer, env: NodeJS.ProcessEnv = process.env): AppKeyChoice {
  const given = resolveDbKey(undefined, env);
  if (given !== null) return { key: given, source: 'environment' };
  const sealedPath = sealedKeyPathFor(dbPath);
  const kind = fileKind(dbPath);
  if (existsSync(sealedPath) && kind !== 'plain') {
    try {
      return { key: sealer.decryptString(readFileSync(sealedPath)), source: 'keychain' };
    } catch (err) {
      throw new DatabaseKeyError(`this database is encrypted: give its key (FOYER_DB_KEY); this user's keychain cannot open ${sealedPath} (${(err as Error).message})`);
    }
  }
  if (kind === 'plain') return { key: null, source: 'plain-database' };
  if (kind === 'encrypted') throw new DatabaseKeyError(`this database is encrypted: give its key (FOYER_DB_KEY); its sealed key ${sealedPath} is missing`);
  if (env.FOYER_DB_PLAIN === '1') return { key: null, source: 'encryption-off' };
  if (!sealer.isEncryptionAvailable()) return { key: null, source: 'no-keychain' };
  const key = randomBytes(32).toString('hex');
  writeFileSync(sealedPath, sealer.encryptString(key), { mode: 0o600 });
  return { key, source: 'new' };
}
