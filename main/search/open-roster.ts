import { type OpenOptions, openDb, type Db } from '../../db/open.ts';
import { searchIndexInStep } from '../../db/search-db.ts';
import { rebuildSearchIndex } from './rebuild-index.ts';

/**
 * Opens a Foyer database for a desk or a command: the database as db/open.ts sets it up, then the
 * search file rebuilt from the roster when the two are not in step (a crash between their commits,
 * a deleted or older search file). Every process that serves people opens its database here.
 */
export function openRoster(path: string, options: OpenOptions = {}): Db {
  const db = openDb(path, options);
  try {
    if (!options.readonly && options.migrate !== false && !searchIndexInStep(db)) rebuildSearchIndex(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
