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

/** Applies every pending migration in one transaction, so a failure leaves the old schema intact. */
export function migrate(db: Database.Database, upTo = latestVersion()): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latestVersion()) throw new NewerDatabaseError(current, latestVersion());
  const pending = migrations.filter((m) => m.version > current && m.version <= upTo);
  if (pending.length === 0) return current;
  const run = db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
  });
  run.immediate();
  return upTo;
}
