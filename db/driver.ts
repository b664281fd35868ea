import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import Database from 'better-sqlite3';
import Encrypting from 'better-sqlite3-multiple-ciphers';

// Which SQLite build opens a file. A database created with a key is written by
// better-sqlite3-multiple-ciphers (SQLite3 Multiple Ciphers, a drop-in build of better-sqlite3)
// and is encrypted from its first page; every other database keeps the plain better-sqlite3,
// whose SQLite is newer and which the benchmarks were tuned on. The cipher is named explicitly
// (ChaCha20-Poly1305, authenticated per page) so that a change of the library's default cannot
// make an existing database unreadable.

export type Connection = Database.Database;

/** The cipher of every encrypted Foyer database. */
export const CIPHER = 'chacha20';

/** Raised when a database cannot be opened because its key is missing or wrong (the CLI exits 2). */
export class DatabaseKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseKeyError';
  }
}

const needsKey = (detail: string): DatabaseKeyError =>
  new DatabaseKeyError(`this database is encrypted: give its key (FOYER_DB_KEY or --key-file PATH); ${detail}`);

const PLAIN_HEADER = 'SQLite format 3\0';

/** What the first bytes of a file say: no file (or empty), a plain SQLite file, or something else. */
export function fileKind(path: string): 'none' | 'plain' | 'encrypted' {
  if (path === ':memory:' || path === '') return 'none';
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return 'none';
  }
  try {
    const head = Buffer.alloc(16);
    const n = readSync(fd, head, 0, 16, 0);
    if (n === 0) return 'none';
    return head.toString('latin1') === PLAIN_HEADER ? 'plain' : 'encrypted';
  } catch {
    return 'none'; // a folder, an unreadable file: SQLite says what is wrong when it opens it
  } finally {
    closeSync(fd);
  }
}

/** The key as SQLite3MC's hexkey: any passphrase, no quoting to get wrong. */
export const hexKeyOf = (key: string): string => Buffer.from(key, 'utf8').toString('hex');

const keys = new WeakMap<Connection, string>();

/** The key a connection was opened with (null for a plain database): worker threads need it. */
export const keyOf = (db: Connection): string | null => keys.get(db) ?? null;

/** The module a worker thread should load to open the same file (resolved path, for bundles). */
export const driverModuleFor = (key: string | null): string =>
  createRequire(import.meta.url).resolve(key === null ? 'better-sqlite3' : 'better-sqlite3-multiple-ciphers');

/** Pragmas that unlock an encrypted file; run first on a new connection (also in worker threads). */
export const keyPragmas = (key: string): string[] => [`cipher = '${CIPHER}'`, `hexkey = '${hexKeyOf(key)}'`];

export interface ConnectOptions {
  readonly readonly?: boolean;
  /** Encrypts a new file with this key, or opens an encrypted one. */
  readonly key?: string | null;
}

/**
 * A connection to a Foyer database file, encrypted or not. A file that is encrypted and no key,
 * or a key that does not open it, is a DatabaseKeyError; so is a key given for a plain file,
 * which would otherwise be left unencrypted while the user believes it is not.
 */
export function connect(path: string, options: ConnectOptions = {}): Connection {
  const key = options.key ?? null;
  const kind = fileKind(path);
  if (key === null && kind === 'encrypted') throw needsKey('none was given');
  if (key !== null && kind === 'plain') {
    throw new DatabaseKeyError('this database is not encrypted, yet a key was given: open it without one (unset FOYER_DB_KEY)');
  }
  if (key === null || path === ':memory:') return new Database(path, { readonly: options.readonly ?? false });
  const db = new Encrypting(path, { readonly: options.readonly ?? false }) as unknown as Connection;
  try {
    for (const p of keyPragmas(key)) db.pragma(p);
    // The key is checked only when a page is read: read one now, so a wrong key fails here.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (err) {
    db.close();
    if ((err as { code?: string }).code === 'SQLITE_NOTADB') throw needsKey('the key given does not open it');
    throw err;
  }
  keys.set(db, key);
  return db;
}
