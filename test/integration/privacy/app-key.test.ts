import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../db/open.ts';
import { appDatabaseKey, type KeySealer, sealedKeyPathFor } from '../../../main/privacy/app-key.ts';
import { tempDbPath } from '../../helpers/db.ts';
import { filesUnder, wordsFoundIn } from './bytes.ts';

/** A keychain stand-in with real AES-256-GCM (Electron's safeStorage is only there in the shell). */
function keychain(available = true): KeySealer {
  const secret = randomBytes(32);
  return {
    isEncryptionAvailable: () => available,
    encryptString: (plain) => {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', secret, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    decryptString: (sealed) => {
      const d = createDecipheriv('aes-256-gcm', secret, sealed.subarray(0, 12));
      d.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([d.update(sealed.subarray(28)), d.final()]).toString('utf8');
    },
  };
}

describe("the desktop app's database key", () => {
  it('encrypts a new database with a random key sealed by the keychain, and opens it again with it', () => {
    const path = tempDbPath();
    const sealer = keychain();
    const first = appDatabaseKey(path, sealer, {});
    expect(first.source).toBe('new');
    expect(first.key).toMatch(/^[0-9a-f]{64}$/);
    const sealed = readFileSync(sealedKeyPathFor(path));
    expect(sealed.toString('latin1')).not.toContain(first.key as string);
    expect(statSync(sealedKeyPathFor(path)).mode & 0o777).toBe(0o600);
    const db = openDb(path, { key: first.key });
    db.exec("INSERT INTO app_settings (key, value, updated_at) VALUES ('probe', '\"Zofia Bienkowska\"', 'now')");
    db.close();
    expect(wordsFoundIn(filesUnder(dirname(path)), ['Bienkowska'])).toEqual([]);
    expect(appDatabaseKey(path, sealer, {})).toEqual({ key: first.key, source: 'keychain' });
    // Another user's keychain cannot open the sealed key: a clear error, not a new key.
    expect(() => appDatabaseKey(path, keychain(), {})).toThrow(/this database is encrypted: give its key/);
  });

  it('keeps an existing plain database plain, and honours FOYER_DB_KEY and FOYER_DB_PLAIN', () => {
    const plain = tempDbPath();
    openDb(plain).close();
    expect(appDatabaseKey(plain, keychain(), {})).toEqual({ key: null, source: 'plain-database' });
    expect(appDatabaseKey(tempDbPath(), keychain(), { FOYER_DB_PLAIN: '1' })).toEqual({ key: null, source: 'encryption-off' });
    expect(appDatabaseKey(tempDbPath(), keychain(false), {})).toEqual({ key: null, source: 'no-keychain' });
    const given = tempDbPath();
    expect(appDatabaseKey(given, keychain(), { FOYER_DB_KEY: 'a key from the organiser' })).toEqual({ key: 'a key from the organiser', source: 'environment' });
    expect(existsSync(sealedKeyPathFor(given))).toBe(false);
  });
});
