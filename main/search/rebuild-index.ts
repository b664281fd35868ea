import type { Db } from '../../db/open.ts';
import { attendeesAfterRowid } from '../../db/queries/attendees.ts';
import { clearIndex } from '../../db/queries/search-index.ts';
import { markIndexChanged, searchIndexInStep } from '../../db/search-db.ts';
import { writeIndexRows } from './index-people.ts';

const BATCH = 2_000;

/**
 * Rebuilds the search file from the roster: after a crash between the roster's commit and the
 * index's, when the file is missing or of another version, or the first time after migration 10.
 * About a second per 100k people.
 */
export function rebuildSearchIndex(db: Db): void {
  db.transaction(() => {
    if (searchIndexInStep(db)) return; // another process rebuilt it while this one waited for the lock
    clearIndex(db);
    for (let after = 0; ; ) {
      const people = attendeesAfterRowid(db, after, BATCH);
      if (people.length === 0) break;
      writeIndexRows(db, people.map((a) => ({ rowid: a.rowid, fields: a, codes: a.codes, isNew: true })));
      after = people.at(-1)?.rowid ?? after;
    }
    markIndexChanged(db);
  }).immediate();
}
