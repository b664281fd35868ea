import Database from 'better-sqlite3';
import { migrate } from './migrate.ts';

export type Db = Database.Database;

export interface OpenOptions {
  /** Skip migrations (used by tests that inspect an old schema). */
  readonly migrate?: boolean;
  readonly readonly?: boolean;
}

/**
 * Opens a Foyer database with every pragma set explicitly: the defaults of SQLite favour
 * compatibility, and a check-in desk needs durability (synchronous=FULL in WAL mode means an
 * acknowledged check-in survives power loss) and referential integrity.
 */
export function openDb(path: string, options: OpenOptions = {}): Db {
  const db = new Database(path, { readonly: options.readonly ?? false });
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -32000');
  if (options.migrate !== false && !options.readonly) migrate(db);
  return db;
}
