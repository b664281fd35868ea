import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { NEW_DATABASE_PAGE_SIZE, openDb, type Db } from '../../db/open.ts';
import { latestVersion, migrate, NewerDatabaseError } from '../../db/migrate.ts';
import { migrations } from '../../db/migrations/index.ts';
import { ACTIVE_CHECKINS_SQL } from '../../db/queries/checkins.ts';
import { apply } from '../../main/events/apply.ts';
import { type EventEnvelope, newEvent } from '../../main/events/envelope.ts';
import { emptyFields } from '../../model/attendee.ts';
import { DESK, eventWith, personNamed, tempDbPath } from '../helpers/db.ts';

const open: Db[] = [];
const track = (db: Db): Db => (open.push(db), db);
afterEach(() => open.splice(0).forEach((db) => db.open && db.close()));

describe('opening a database', () => {
  it('sets the pragmas a check-in desk relies on', () => {
    const db = track(openDb(tempDbPath()));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('mmap_size', { simple: true })).toBe(512 * 1024 * 1024);
    expect(db.pragma('page_size', { simple: true })).toBe(NEW_DATABASE_PAGE_SIZE);
  });

  it('keeps the page size of a database made with another one, and its data', () => {
    const path = tempDbPath();
    const old = new Database(path);
    old.pragma('page_size = 4096');
    old.pragma('journal_mode = WAL');
    migrate(old);
    old.close();
    const db = track(eventWith([personNamed(1, 'Ana-Maria Căpitanu')], path));
    expect(db.pragma('page_size', { simple: true })).toBe(4096);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT display_name FROM attendees').pluck().all()).toEqual(['Ana-Maria Căpitanu']);
  });

  it('migrates an empty database to the latest version with STRICT tables', () => {
    const db = track(openDb(':memory:'));
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    // FTS5 keeps its data in shadow tables (name_data, name_idx, …) that it creates itself.
    const virtual = db.prepare("SELECT name FROM sqlite_schema WHERE sql LIKE 'CREATE VIRTUAL TABLE%'").pluck().all() as string[];
    const tables = (db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE TABLE%'").all() as { name: string; sql: string }[])
      .filter((t) => !virtual.some((v) => t.name.startsWith(`${v}_`)));
    expect(tables.length).toBeGreaterThan(5);
    for (const t of tables) expect(t.sql, t.name).toMatch(/\)\s*STRICT/);
  });

  it('migrates a version-1 database with data to the latest version, keeping the data', () => {
    const path = tempDbPath();
    const old = new Database(path);
    migrate(old, 1);
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    old.prepare("INSERT INTO event (id, name, days, time_zone, updated_at) VALUES (1, 'ECC', '[\"2019-05-14\"]', 'Europe/Bucharest', 'x')").run();
    old.close();
    const db = track(openDb(path));
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    expect(db.prepare('SELECT name FROM event').pluck().get()).toBe('ECC');
  });

  it('runs all pending migrations in one transaction: a failing one leaves the old schema', () => {
    const db = track(new Database(':memory:'));
    const broken = [...migrations, { version: latestVersion() + 1, sql: 'CREATE TABLE ok_table (x INTEGER) STRICT; THIS IS NOT SQL;' }];
    const run = db.transaction(() => {
      for (const m of broken) {
        db.exec(m.sql);
        db.pragma(`user_version = ${m.version}`);
      }
    });
    expect(() => run()).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'attendees'").pluck().get()).toBe(0);
  });

  it('refuses a database written by a newer Foyer with a clear message', () => {
    const path = tempDbPath();
    const newer = new Database(path);
    newer.pragma(`user_version = ${latestVersion() + 7}`);
    newer.close();
    expect(() => openDb(path)).toThrow(NewerDatabaseError);
    expect(() => openDb(path)).toThrow(/newer Foyer.*Update Foyer/);
  });

  it('looks up ticket codes, check-ins, meetings and words through indexes', () => {
    const db = track(openDb(':memory:'));
    const plan = (sql: string): string =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('; ');
    expect(plan("SELECT attendee_id FROM ticket_codes WHERE code = 'X'")).toMatch(/SEARCH ticket_codes USING PRIMARY KEY/);
    expect(plan(ACTIVE_CHECKINS_SQL.replace('attendee_id = ?', "attendee_id = 'a'").replace('day = ?', "day = 'd'"))).toMatch(
      /SEARCH checkins USING PRIMARY KEY \(day=\? AND attendee_id=\?\)/,
    );
    expect(plan("SELECT * FROM meetings WHERE party_b = 'a'")).toMatch(/USING INDEX meetings_party_b/);
    expect(plan("SELECT rowid FROM attendee_words WHERE attendee_words MATCH '{names} : \"a\" *'")).toMatch(/VIRTUAL TABLE INDEX/);
  });
});

describe('the event log', () => {
  it('applies an event once, however often it arrives', () => {
    const db = track(eventWith([personNamed(1, 'Ioana Cosnița')]));
    const e = newEvent(DESK, 'attendee.edited', { attendeeId: 'p1', patch: { organisation: 'Cluster Mobilier' } });
    expect(apply(db, e).applied).toBe(true);
    expect(apply(db, e).applied).toBe(false);
    expect(apply(db, e, 'remote').applied).toBe(false);
    expect(db.prepare('SELECT count(*) FROM events WHERE id = ?').pluck().get(e.id)).toBe(1);
    expect(db.prepare("SELECT organisation FROM attendees WHERE id = 'p1'").pluck().get()).toBe('Cluster Mobilier');
  });

  it('is append-only', () => {
    const db = track(eventWith([]));
    expect(() => db.prepare("UPDATE events SET type = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM events').run()).toThrow(/append-only/);
  });

  it('writes nothing when a reducer fails: event row and state change together', () => {
    const db = track(eventWith([]));
    const before = db.prepare('SELECT count(*) FROM events').pluck().get();
    const e = newEvent(DESK, 'attendee.edited', { attendeeId: 'nobody', patch: { notes: 'x' } });
    expect(() => apply(db, e)).toThrow(/No attendee/);
    expect(db.prepare('SELECT count(*) FROM events').pluck().get()).toBe(before);
  });

  it('rejects a malformed payload and an unknown event type', () => {
    const db = track(eventWith([]));
    expect(() => apply(db, newEvent(DESK, 'checkin.recorded', { attendeeId: 'p1', day: 'tomorrow' }))).toThrow();
    expect(() => apply(db, newEvent(DESK, 'teleport.started', {}))).toThrow(/newer Foyer/);
  });

  it('converges on the same attendee whatever order two edits arrive in', () => {
    const early = newEvent(DESK, 'attendee.edited', { attendeeId: 'p1', patch: { jobTitle: 'Director', notes: 'A' } }, new Date('2019-05-14T07:00:00Z'));
    const late = newEvent({ desk: 'Desk 2', operator: 'Radu' }, 'attendee.edited', { attendeeId: 'p1', patch: { notes: 'B' } }, new Date('2019-05-14T07:00:05Z'));
    const state = (order: EventEnvelope[]): unknown => {
      const db = track(eventWith([personNamed(1, 'Ioana Cosnița')]));
      for (const e of order) apply(db, e, 'remote');
      return db.prepare("SELECT job_title, notes FROM attendees WHERE id = 'p1'").get();
    };
    expect(state([early, late])).toEqual({ job_title: 'Director', notes: 'B' });
    expect(state([late, early])).toEqual({ job_title: 'Director', notes: 'B' });
  });

  it('keeps a desk edit when a later import carries the old value', () => {
    const db = track(eventWith([personNamed(1, 'Ioana Cosnita')]));
    apply(db, newEvent(DESK, 'attendee.edited', { attendeeId: 'p1', patch: { displayName: 'Ioana Cosnița' } }));
    apply(db, newEvent(DESK, 'attendees.imported', { batchId: 'b2', rows: [{ id: 'p1', codes: ['NEW1'], fields: { ...emptyFields('Ioana Cosnita'), organisation: 'Moldova Agro' } }] }));
    const row = db.prepare("SELECT display_name, organisation FROM attendees WHERE id = 'p1'").get();
    expect(row).toEqual({ display_name: 'Ioana Cosnița', organisation: 'Moldova Agro' });
    expect(db.prepare("SELECT attendee_id FROM ticket_codes WHERE code = 'new1'").pluck().get()).toBe('p1');
  });
});
