import { connect } from './driver.ts';
import { retryWhileBusy } from './busy.ts';
import { migrate } from './migrate.ts';
import { attachSearchDb, hasSearchFile } from './search-db.ts';

export type { Db } from './handle.ts';
import type { Db } from './handle.ts';

/** Enough to map a 100k-person roster (about 100 MB) with room to grow. */
const MMAP_BYTES = 512 * 1024 * 1024;

/**
 * Page size of a new database. A durable check-in waits for every page its commit writes, and a
 * commit that has to rebalance a full page writes three more. With 8 KB pages that happened in
 * one check-in in six instead of one in five, and page splits became rarer: on the bench's 100k
 * roster the check-in p99 went from 1.9-2.1x to 1.55-1.85x of a plain insert's, with the import no
 * slower. 16 KB pages helped check-ins a little more but made the import 20% slower. An existing
 * database keeps its page size (changing it means rewriting the whole file).
 */
export const NEW_DATABASE_PAGE_SIZE = 8192;

export interface OpenOptions {
  /** Skip migrations (used by tests that inspect an old schema). */
  readonly migrate?: boolean;
  readonly readonly?: boolean;
  /**
   * Encryption key (FOYER_DB_KEY, --key-file, the app's keychain): a new database is encrypted
   * from its first page, and its search file with the same key (see driver.ts).
   */
  readonly key?: string | null;
}

/**
 * Opens a Foyer database with every pragma set explicitly: the defaults of SQLite favour
 * compatibility, and a check-in desk needs durability (synchronous=FULL in WAL mode means an
 * acknowledged check-in survives power loss) and referential integrity.
 */
export function openDb(path: string, options: OpenOptions = {}): Db {
  // Opening meets the moments when SQLite says "busy" without waiting (busy.ts): start again then.
  return retryWhileBusy(() => {
    const db = connect(path, { readonly: options.readonly ?? false, key: options.key ?? null });
    try {
      return setUp(db, options);
    } catch (err) {
      db.close();
      throw err;
    }
  });
}

function setUp(db: Db, options: OpenOptions): Db {
  db.pragma('busy_timeout = 5000');
  // Takes effect only on a database with nothing in it yet, so it must come before WAL mode.
  if (!options.readonly) db.pragma(`page_size = ${NEW_DATABASE_PAGE_SIZE}`);
  if (!options.readonly) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -32000');
  // Reads through a memory map instead of a read() call per page: a check-in looks up a code and a
  // person in a roster that can be larger than the page cache, and on the bench's 100k roster this
  // cut its p99 by 10–25%. Writes still go through the log and fsync, so durability is unchanged.
  db.pragma(`mmap_size = ${MMAP_BYTES}`);
  if (options.migrate === false) return db;
  if (!options.readonly) migrate(db);
  // The search file beside it (see search-db.ts). When it is not in step with the roster, the
  // caller rebuilds it (main/search/open-roster.ts): the index is the search feature's, not SQLite's.
  if (options.readonly && !hasSearchFile(db)) return db;
  attachSearchDb(db, options.readonly ?? false);
  return db;
}
