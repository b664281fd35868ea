import type Database from 'better-sqlite3';
import { migrations } from './migrations/index.ts';

export class NewerDatabaseError extends Error {
  constructor(found: number, known: number) {
    super(
      `This database was written by a newer Foyer (schema version ${found}; this Foyer knows up to ${known}). ` +
        'Update Foyer on this machine before opening it.',
    );
    this.name = 'NewerDatabaseError';
  }
}

export const latestVersion = (): number => migrations.at(-1)?.version ?? 0;

const versionOf = (db: Database.Database): number => {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > latestVersion()) throw new NewerDatabaseError(version, latestVersion());
  return version;
};

const pendingAfter = (version: number, upTo: number) => migrations.filter((m) => m.version > version && m.version <= upTo);

/**
 * Applies every pending migration in one transaction, so a failure leaves the old schema intact.
 * What is pending is decided again under the write lock: two processes opening a new database at
 * once (a desk app and a `foyer` command) would otherwise both create the same tables.
 */
export function migrate(db: Database.Database, upTo = latestVersion()): number {
  const seen = versionOf(db);
  if (pendingAfter(seen, upTo).length === 0) return seen;
  const run = db.transaction((): number => {
    const current = versionOf(db);
    const pending = pendingAfter(current, upTo);
    for (const m of pending) {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
    return pending.length > 0 ? upTo : current;
  });
  return run.immediate();
}
