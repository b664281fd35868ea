import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../db/migrate.ts';
import { openDb } from '../../../db/open.ts';
import { meetingsOf } from '../../../db/queries/meetings.ts';
import { tempDbPath } from '../../helpers/db.ts';

describe('migration 17: meetings held', () => {
  it('keeps the meetings of an older database, each side its one person, every meeting scheduled', () => {
    const path = tempDbPath();
    const old = new Database(path);
    migrate(old, 10);
    for (const id of ['p1', 'p2']) old.prepare(`INSERT INTO attendees (id, display_name, created_at, updated_at) VALUES (?, ?, 'x', 'x')`).run(id, `Person ${id}`);
    old.prepare(`INSERT INTO meetings (id, starts_at, ends_at, location, party_a, party_b) VALUES ('m1', '2019-05-14T07:00:00.000Z', '2019-05-14T07:20:00.000Z', 'T1', 'p1', 'p2')`).run();
    old.close();
    const db = openDb(path);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(17);
    expect(db.prepare('SELECT meeting_id, side, attendee_id FROM meeting_parties ORDER BY side').raw().all()).toEqual([['m1', 'A', 'p1'], ['m1', 'B', 'p2']]);
    expect(meetingsOf(db, 'p2')).toMatchObject([{ id: 'm1', status: 'scheduled', held: false, counterpartName: 'Person p1', counterpartKind: 'person' }]);
    expect(() => db.prepare(`UPDATE meetings SET status = 'maybe'`).run()).toThrow(/CHECK/);
    db.close();
  });
});
