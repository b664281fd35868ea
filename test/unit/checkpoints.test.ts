import { statSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withBackgroundCheckpoint } from '../../db/background-checkpoint.ts';
import { startIdleCheckpoints } from '../../db/idle-checkpoints.ts';
import { openDb, type Db } from '../../db/open.ts';
import { tempDbPath } from '../helpers/db.ts';

const open: Db[] = [];
afterEach(() => open.splice(0).forEach((db) => db.open && db.close()));

describe('a large commit checkpoints on a worker thread', () => {
  it('returns before the copy with checkpoints back on, then the database file holds the rows', async () => {
    const path = tempDbPath();
    const db = openDb(path);
    open.push(db);
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL) STRICT');
    const before = statSync(path).size;
    const { result, done } = withBackgroundCheckpoint(db, () =>
      db.transaction(() => {
        const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
        for (let i = 0; i < 3_000; i++) insert.run('x'.repeat(1_000));
        return 'committed';
      })(),
    );
    expect(result).toBe('committed');
    // Back on before any turn of the event loop: a burst of scans right after the import
    // checkpoints as usual instead of piling up an uncopied log.
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
    for (let i = 0; i < 200; i++) insert.run('after');
    await done;
    // The worker copied the log into the database file: ~3 MB of rows are there now.
    expect(statSync(path).size).toBeGreaterThan(before + 3_000_000);
    const [state] = db.pragma('wal_checkpoint(PASSIVE)') as { log: number; checkpointed: number }[];
    expect(state?.checkpointed).toBe(state?.log);
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(3_200);
  });

  it('turns checkpoints back on at once when the work fails', () => {
    const db = openDb(tempDbPath());
    open.push(db);
    expect(() => withBackgroundCheckpoint(db, () => {
      throw new Error('rejected file');
    })).toThrow('rejected file');
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  });
});

describe('checkpoints when the desk is idle', () => {
  it('leaves a burst of commits alone and copies the log once the event loop is free', async () => {
    const path = tempDbPath();
    const db = openDb(path);
    open.push(db);
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL) STRICT');
    const idle = startIdleCheckpoints(db, { everyMs: 20 });
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(2_000);
    const before = statSync(path).size;
    // 1,200 one-row commits of 1 KB: ~1,800 log pages, past SQLite's 1,000, and no checkpoint.
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
    for (let i = 0; i < 1_200; i++) insert.run('x'.repeat(1_000));
    expect(statSync(path).size).toBe(before);
    // Free of the burst, the timer copies the log into the database file (polled: a loaded machine may take a while).
    await vi.waitFor(() => expect(statSync(path).size).toBeGreaterThan(before + 1_200_000), { timeout: 10_000, interval: 20 });
    idle.stop();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  });

  it('still bounds the log during a long burst: a burst of scans must not run against an ever longer log', () => {
    const path = tempDbPath();
    const db = openDb(path);
    open.push(db);
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL) STRICT');
    const idle = startIdleCheckpoints(db);
    const before = statSync(path).size;
    // ~4,500 log pages without a turn of the event loop: the backstop copies them back on the way.
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
    for (let i = 0; i < 3_000; i++) insert.run('x'.repeat(1_000));
    expect(statSync(path).size).toBeGreaterThan(before + 1_000_000);
    const [state] = db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[];
    expect(state?.log).toBeLessThan(2_500);
    idle.stop();
  });
});
