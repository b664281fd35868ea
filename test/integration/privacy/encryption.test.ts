import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withBackgroundCheckpoint } from '../../../db/background-checkpoint.ts';
import { fileKind } from '../../../db/driver.ts';
import { openDb } from '../../../db/open.ts';
import { searchPathFor } from '../../../db/search-db.ts';
import { configureConference } from '../../../main/conference/configure.ts';
import { apply } from '../../../main/events/apply.ts';
import { newEvent } from '../../../main/events/envelope.ts';
import { emptyFields } from '../../../model/attendee.ts';
import { spawnIndexThread } from '../../../main/search/index-thread-client.ts';
import { search } from '../../../main/search/search.ts';
import { DESK, tempDbPath } from '../../helpers/db.ts';
import { writeGeneratedCsv } from '../../helpers/roster-files.ts';
import { filesUnder, wordsFoundIn } from './bytes.ts';

const KEY = 'correct horse battery staple';
const NAMES = ['Popescu', 'Nowak', 'Shevchenko', 'example.org'];

const foyer = (db: string, args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync(process.execPath, ['bin/foyer.js', '--db', db, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('encryption at rest', () => {
  it('keeps no attendee name in the database, its log or its search file while a desk has them open', () => {
    const path = tempDbPath();
    const db = openDb(path, { key: KEY });
    configureConference(db, DESK, { name: 'ECC', venue: '', days: ['2019-05-14'], timeZone: 'Europe/Bucharest' });
    const rows = Array.from({ length: 300 }, (_, i) => ({
      id: `p${i}`, codes: [`CODE${i}`],
      fields: { ...emptyFields(`Ioana ${NAMES[i % 3]}`), firstName: 'Ioana', familyName: NAMES[i % 3] as string, email: `p${i}@example.org` },
    }));
    apply(db, newEvent(DESK, 'attendees.imported', { batchId: 'b', rows }));
    // Open: the newest pages are in the -wal files, the search file is attached.
    expect(existsSync(`${path}-wal`)).toBe(true);
    const files = filesUnder(dirname(path));
    expect(files).toEqual(expect.arrayContaining([path, `${path}-wal`, searchPathFor(path)]));
    expect(wordsFoundIn(files, NAMES)).toEqual([]);
    // Encrypted from the first page: not even SQLite's header is readable.
    for (const f of [path, searchPathFor(path)]) expect(fileKind(f)).toBe('encrypted');
    expect(search(db, 'popes').length).toBeGreaterThan(0);
    db.close();
    expect(wordsFoundIn(filesUnder(dirname(path)), NAMES)).toEqual([]);

    const again = openDb(path, { key: KEY });
    expect(search(again, 'nowak', 500).length).toBe(100);
    // The search index's writer thread of a large import opens the search file with the same key.
    const thread = spawnIndexThread(again).begin();
    thread.rollback();
    again.close();
  });

  it('the plain database, for comparison, holds the names (the check can fail)', () => {
    const path = tempDbPath();
    const db = openDb(path);
    configureConference(db, DESK, { name: 'ECC', venue: '', days: ['2019-05-14'], timeZone: 'Europe/Bucharest' });
    apply(db, newEvent(DESK, 'attendees.imported', { batchId: 'b', rows: [{ id: 'p1', codes: ['C1'], fields: { ...emptyFields('Ana Popescu'), email: 'a@example.org' } }] }));
    expect(wordsFoundIn(filesUnder(dirname(path)), NAMES).length).toBeGreaterThan(0);
    db.close();
  });

  it('the CLI encrypts a new database given FOYER_DB_KEY or --key-file, and refuses a missing or wrong key with exit 2', () => {
    const path = tempDbPath();
    const csv = join(dirname(path), 'roster.csv');
    // 6,000 rows: a large import writes the index on a second thread and checkpoints on a third.
    writeGeneratedCsv(csv, 6_000);
    const keyFile = join(dirname(path), 'foyer.key');
    writeFileSync(keyFile, `${KEY}\n`, { mode: 0o600 });
    expect(foyer(path, ['event', 'create', '--name', 'ECC', '--start', '2019-05-14'], { FOYER_DB_KEY: KEY }).code).toBe(0);
    const imported = foyer(path, ['--json', '--key-file', keyFile, 'import', csv]);
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);
    expect(wordsFoundIn(filesUnder(dirname(path)).filter((f) => f !== csv), NAMES)).toEqual([]);

    const found = foyer(path, ['--json', 'search', 'shevch'], { FOYER_DB_KEY: KEY });
    expect(found.code).toBe(0);
    expect((JSON.parse(found.out) as unknown[]).length).toBeGreaterThan(0);

    for (const [args, env, detail] of [
      [['event', 'show'], {}, /none was given/],
      [['event', 'show'], { FOYER_DB_KEY: 'not the key at all' }, /the key given does not open it/],
      [['serve', '--port', '0'], {}, /none was given/],
    ] as const) {
      const r = foyer(path, [...args], env);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/this database is encrypted: give its key/);
      expect(r.err).toMatch(detail);
    }
  }, 180_000);

  it('refuses a key for a plain database rather than leave it unencrypted unnoticed', () => {
    const path = tempDbPath();
    expect(foyer(path, ['event', 'create', '--name', 'ECC', '--start', '2019-05-14']).code).toBe(0);
    const r = foyer(path, ['event', 'show'], { FOYER_DB_KEY: KEY });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not encrypted/);
  }, 180_000);
});

describe('encrypted databases and the threads that open them again', () => {
  it("the checkpoint thread of a large write copies an encrypted database's log", async () => {
    const path = tempDbPath();
    const db = openDb(path, { key: KEY });
    const before = statSync(path).size;
    const { done } = withBackgroundCheckpoint(db, () => {
      db.transaction(() => {
        const insert = db.prepare("INSERT INTO app_settings (key, value, updated_at) VALUES (?, ?, 'now')");
        for (let i = 0; i < 5_000; i++) insert.run(`k${i}`, JSON.stringify('x'.repeat(200)));
      })();
    });
    await done;
    // The worker (which must unlock the file with the same key) copied the pages into the database.
    expect(statSync(path).size).toBeGreaterThan(before + 1_000_000);
    db.close();
  });

  it('foyer serve opens an encrypted database with its key and says it is encrypted', async () => {
    const path = tempDbPath();
    expect(foyer(path, ['event', 'create', '--name', 'ECC', '--start', '2019-05-14'], { FOYER_DB_KEY: KEY }).code).toBe(0);
    const serve = spawn(process.execPath, ['bin/foyer.js', '--db', path, 'serve', '--port', '0', '--no-demo'], { env: { ...process.env, FOYER_DB_KEY: KEY } });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        serve.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
          if (m?.[1]) resolve(m[1]);
        });
        serve.once('exit', (code) => reject(new Error(`foyer serve exited ${code}`)));
      });
      const res = await fetch(`${url}api/privacy.status`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(await res.json()).toMatchObject({ ok: true, value: { encrypted: true, people: 0 } });
    } finally {
      serve.kill('SIGTERM');
      await new Promise((r) => serve.once('exit', r));
    }
  }, 180_000);
});
