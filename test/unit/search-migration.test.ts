import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate.ts';
import type { Db } from '../../db/open.ts';
import { openRoster } from '../../main/search/open-roster.ts';
import { search } from '../../main/search/search.ts';
import { tempDbPath } from '../helpers/db.ts';

const open: Db[] = [];
afterEach(() => open.splice(0).forEach((db) => db.open && db.close()));

describe('migration 7: substring search through a word vocabulary', () => {
  it('carries the words of people indexed by the old per-person trigram index', () => {
    const path = tempDbPath();
    const old = new Database(path);
    migrate(old, 5);
    old.prepare(
      `INSERT INTO attendees (rowid, id, first_name, family_name, display_name, organisation, created_at, updated_at)
       VALUES (1, 'p1', 'Małgorzata', 'Bieńkowska', 'Małgorzata Bieńkowska', 'Klaster Łódź', 'x', 'x')`,
    ).run();
    old.prepare("INSERT INTO attendee_words (rowid, names, other) VALUES (1, 'malgorzata bienkowska', 'klaster lodz')").run();
    old.prepare("INSERT INTO attendee_fts (rowid, folded) VALUES (1, 'malgorzata bienkowska \u2502 klaster lodz')").run();
    old.close();

    const db = openRoster(path);
    open.push(db);
    expect(db.prepare('SELECT word FROM search_words ORDER BY word').pluck().all()).toEqual(['bienkowska', 'klaster', 'lodz', 'malgorzata']);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'attendee_fts'").pluck().get()).toBe(0);
    expect(search(db, 'kowska').map((h) => [h.attendee.displayName, h.match])).toEqual([['Małgorzata Bieńkowska', 'other']]);
    expect(search(db, 'bienkowksa').map((h) => h.match)).toEqual(['typo']);
  });
});
