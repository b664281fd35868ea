import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate.ts';
import { openDb, type Db } from '../../db/open.ts';
import { getCheckin } from '../../db/queries/checkins.ts';
import { checkIn, undoCheckin } from '../../main/checkin/checkin.ts';
import { newEvent } from '../../main/events/envelope.ts';
import { DAYS, DESK, tempDbPath } from '../helpers/db.ts';

const open: Db[] = [];
afterEach(() => open.splice(0).forEach((db) => db.open && db.close()));
const ALL = 'SELECT * FROM checkins ORDER BY id';

/**
 * A database at schema 5 (check-ins with a separate (day, attendee_id) index) holding check-ins,
 * written with plain SQL: today's reducers expect today's schema.
 */
function version5WithCheckins(path: string): { rows: unknown[]; admitted: string; undone: string } {
  const db = new Database(path);
  migrate(db, 5);
  db.prepare(`INSERT INTO event (id, name, days, time_zone, updated_at) VALUES (1, 'ECC 2019', ?, 'Europe/Bucharest', 'x')`).run(JSON.stringify(DAYS));
  for (const id of ['p1', 'p2']) {
    db.prepare(`INSERT INTO attendees (id, display_name, created_at, updated_at) VALUES (?, ?, 'x', 'x')`).run(id, `Person ${id}`);
    db.prepare('INSERT INTO ticket_codes (code, attendee_id) VALUES (?, ?)').run(`CODE-${id}`, id);
  }
  const event = db.prepare(`INSERT INTO events (id, type, at, desk, operator, origin, payload) VALUES (?, ?, ?, 'Desk 1', 'Ioana', 'local', ?)`);
  const record = (attendeeId: string, day: string, undone = false): string => {
    const e = newEvent(DESK, 'checkin.recorded', { attendeeId, day, method: 'code', code: `CODE-${attendeeId}` });
    event.run(e.id, e.type, e.at, JSON.stringify(e.payload));
    db.prepare(`INSERT INTO checkins (id, attendee_id, day, at, desk, operator, method, code, undone_at, undone_by)
      VALUES (?, ?, ?, ?, 'Desk 1', 'Ioana', 'code', ?, ?, ?)`).run(e.id, attendeeId, day, e.at, `CODE-${attendeeId}`, undone ? e.at : null, undone ? 'Ioana at Desk 1' : null);
    return e.id;
  };
  const admitted = record('p1', DAYS[0] as string);
  const undone = record('p2', DAYS[0] as string, true);
  record('p2', DAYS[1] as string);
  expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'checkins_day_attendee'").pluck().get()).toBe(1);
  const before = db.prepare(ALL).all();
  db.close();
  return { rows: before, admitted, undone };
}

describe('migration 6: check-ins keyed by (day, attendee_id, id)', () => {
  it('carries every check-in over, undone ones included, and drops the separate index', () => {
    const path = tempDbPath();
    const old = version5WithCheckins(path);
    const db = openDb(path);
    open.push(db);
    expect(db.prepare(ALL).all()).toEqual(old.rows);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'checkins_day_attendee'").pluck().get()).toBe(0);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('keeps admission and undo working on the carried-over check-ins', () => {
    const path = tempDbPath();
    const old = version5WithCheckins(path);
    const db = openDb(path);
    open.push(db);
    expect(checkIn(db, DESK, { target: { code: 'CODE-p1' }, day: DAYS[0] }).outcome).toBe('already');
    expect(checkIn(db, DESK, { target: { code: 'CODE-p2' }, day: DAYS[0] }).outcome).toBe('admitted');
    expect(getCheckin(db, old.undone)?.undoneBy).toBe('Ioana at Desk 1');
    expect(undoCheckin(db, DESK, old.admitted).undoneAt).not.toBeNull();
    expect(checkIn(db, DESK, { target: { code: 'CODE-p1' }, day: DAYS[0] }).outcome).toBe('admitted');
  });

  it('finds a check-in by id through its event and the primary key, without a scan', () => {
    const db = openDb(':memory:');
    open.push(db);
    const plan = (db.prepare("EXPLAIN QUERY PLAN SELECT c.* FROM events e JOIN checkins c ON c.day = e.payload ->> '$.day' AND c.attendee_id = e.payload ->> '$.attendeeId' AND c.id = e.id WHERE e.id = 'x'").all() as { detail: string }[])
      .map((r) => r.detail)
      .join('; ');
    expect(plan).toMatch(/SEARCH e USING INDEX sqlite_autoindex_events_1 \(id=\?\)/);
    expect(plan).toMatch(/SEARCH c USING PRIMARY KEY \(day=\? AND attendee_id=\? AND id=\?\)/);
  });
});
