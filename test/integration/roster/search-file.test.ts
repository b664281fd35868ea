import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/open.ts';
import { openRoster } from '../../../main/search/open-roster.ts';
import { indexGeneration, rosterGeneration, searchPathFor } from '../../../db/search-db.ts';
import { importFile } from '../../../main/roster/run-import.ts';
import { inTransactionWithIndexThread } from '../../../main/search/import-with-index-thread.ts';
import { indexPeople } from '../../../main/search/index-people.ts';
import { spawnIndexThread, startIndexThread } from '../../../main/search/index-thread-client.ts';
import { search } from '../../../main/search/search.ts';
import { DESK, eventWith, personNamed, tempDbPath } from '../../helpers/db.ts';
import { dumpAll } from '../../helpers/dump.ts';
import { writeGeneratedCsv } from '../../helpers/roster-files.ts';

const open: Db[] = [];
afterEach(() => open.splice(0).forEach((db) => db.open && db.close()));
const track = (db: Db): Db => (open.push(db), db);
const names = (db: Db, q: string): string[] => search(db, q, 5).map((h) => h.attendee.displayName);
const indexRows = (db: Db): number => db.prepare('SELECT count(*) FROM attendee_words').pluck().get() as number;

describe('the search file beside the roster', () => {
  it('is created next to the database and holds the index, not the roster file', () => {
    const path = tempDbPath();
    const db = track(eventWith([personNamed(1, 'Małgorzata Bieńkowska', { organisation: 'Klaster Łódź' })], path));
    expect(existsSync(join(path, '..', 'foyer.search.sqlite'))).toBe(true);
    expect(db.prepare("SELECT count(*) FROM main.sqlite_schema WHERE name IN ('attendee_words', 'search_words')").pluck().get()).toBe(0);
    expect(names(db, 'bienkow')).toEqual(['Małgorzata Bieńkowska']);
    expect(rosterGeneration(db)).toBe(indexGeneration(db));
  });

  it('writes a large import on a second thread; everyone is found as soon as it returns', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'foyer-bigimport-'));
    const csv = join(dir, 'roster.csv');
    writeGeneratedCsv(csv, 6_000); // above the size that makes an import "large"
    const db = track(eventWith([], join(dir, 'foyer.sqlite')));
    const report = await importFile(db, DESK, csv);
    expect(report).toMatchObject({ outcome: 'imported', added: 6_000 });
    expect(indexRows(db)).toBe(6_000);
    expect(search(db, 'T0005999', 1)[0]?.attendee.email).toBe('person5999@example.org');
    expect(names(db, 'capitanu').every((n) => n.includes('Căpitanu'))).toBe(true);
    expect(names(db, 'pannon busi')).toHaveLength(5);
    expect(rosterGeneration(db)).toBe(indexGeneration(db));
    // Another connection (another desk process) sees the same index.
    const other = track(openRoster(join(dir, 'foyer.sqlite')));
    expect(search(other, 'T0000042', 1)[0]?.attendee.email).toBe('person42@example.org');
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts the thread while a big file is read, and stops it when the file has few rows or is no roster', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'foyer-spawned-'));
    const db = track(eventWith([], join(dir, 'foyer.sqlite')));
    // 300 KB but 1,000 rows (long notes): imported on this thread, the spare thread stopped.
    const wide = join(dir, 'wide.csv');
    const notes = 'x'.repeat(300);
    writeFileSync(wide, ['Name,Email,Code,Notes', ...Array.from({ length: 1_000 }, (_, i) => `Wide ${i},w${i}@example.org,W${i},${notes}`)].join('\n'));
    expect(await importFile(db, DESK, wide)).toMatchObject({ outcome: 'imported', added: 1_000 });
    // 300 KB of binary junk: refused, the spare thread stopped.
    const junk = join(dir, 'junk.csv');
    writeFileSync(junk, Buffer.alloc(300 * 1024, 0));
    await expect(importFile(db, DESK, junk)).rejects.toThrow(/binary data/);
    // Neither left a lock behind: a large import writes through its thread as usual.
    const csv = join(dir, 'roster.csv');
    writeGeneratedCsv(csv, 6_000);
    expect(await importFile(db, DESK, csv)).toMatchObject({ outcome: 'imported', added: 6_000 });
    expect(names(db, 'wide 999')).toEqual(['Wide 999']);
    expect(search(db, 'T0005999', 1)[0]?.attendee.email).toBe('person5999@example.org');
    expect(rosterGeneration(db)).toBe(indexGeneration(db));
    rmSync(dir, { recursive: true, force: true });
  });

  it('replaces the index rows of people a large re-import changes, on the second thread too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'foyer-bigreimport-'));
    const first = join(dir, 'v1.csv');
    writeGeneratedCsv(first, 6_000);
    const db = track(eventWith([], join(dir, 'foyer.sqlite')));
    await importFile(db, DESK, first);
    const second = join(dir, 'v2.csv');
    writeFileSync(second, readFileSync(first, 'utf8').replaceAll('Pannon Business Network', 'Klaster Łódź Zachód'));
    expect(await importFile(db, DESK, second)).toMatchObject({ outcome: 'imported', added: 0, updated: 1_000 });
    expect(names(db, 'pannon')).toEqual([]);
    expect(names(db, 'zachod')).toHaveLength(5);
    expect(indexRows(db)).toBe(6_000);
    expect(rosterGeneration(db)).toBe(indexGeneration(db));
    rmSync(dir, { recursive: true, force: true });
  });

  it('rolls both files back when the work fails after the index thread wrote', () => {
    const path = tempDbPath();
    const db = track(eventWith([personNamed(1, 'Ana-Maria Căpitanu')], path));
    const before = dumpAll(db);
    const generation = rosterGeneration(db);
    expect(() =>
      inTransactionWithIndexThread(db, () => {
        db.prepare("UPDATE attendees SET display_name = 'Changed'").run();
        indexPeople(db, [{ rowid: 999, fields: { displayName: 'Ghost', firstName: '', familyName: '', organisation: '', email: '' }, codes: [], isNew: true }]);
        throw new Error('the import failed half-way');
      }),
    ).toThrow('the import failed half-way');
    expect(dumpAll(db)).toEqual(before);
    expect(names(db, 'ghost')).toEqual([]);
    expect(db.prepare("SELECT count(*) FROM search_words WHERE word = 'ghost'").pluck().get()).toBe(0);
    expect([rosterGeneration(db), indexGeneration(db)]).toEqual([generation, generation]);
  });

  it('rolls the roster back when the index thread fails', () => {
    const db = track(eventWith([personNamed(1, 'Ana-Maria Căpitanu')]));
    const before = dumpAll(db);
    expect(() =>
      inTransactionWithIndexThread(db, () => {
        db.prepare("UPDATE attendees SET display_name = 'Changed'").run();
        // A name that cannot be folded (not a string) fails on the thread, not here.
        indexPeople(db, [{ rowid: 2, fields: { displayName: 42 as unknown as string, firstName: '', familyName: '', organisation: '', email: '' }, codes: [], isNew: true }]);
      }),
    ).toThrow(/Search index: .*toLowerCase/);
    expect(dumpAll(db)).toEqual(before);
    expect(names(db, 'capitanu')).toEqual(['Ana-Maria Căpitanu']);
  });

  it('imports with the index written on this thread when the writer thread cannot start', async () => {
    const db = track(eventWith([personNamed(1, 'Ana-Maria Căpitanu')]));
    // As in a package that left the thread's module out: the worker fails to load.
    const spawned = spawnIndexThread(db, join(tmpdir(), 'foyer-no-such-index-thread.js'));
    await expect.poll(() => spawned.failure()?.message ?? '').toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/);
    const result = inTransactionWithIndexThread(db, () => {
      indexPeople(db, [{ rowid: 2, fields: { displayName: 'Erik Wasberg', firstName: '', familyName: '', organisation: 'Stockholm ICT', email: '' }, codes: [], isNew: true }]);
      return 'imported';
    }, spawned);
    expect(result).toBe('imported');
    expect(db.prepare("SELECT count(*) FROM search_words WHERE word = 'wasberg'").pluck().get()).toBe(1);
    expect(rosterGeneration(db)).toBe(indexGeneration(db));
  });

  it('reports a search file the writer thread cannot open', () => {
    const db = track(eventWith([]));
    db.exec('DETACH DATABASE search');
    rmSync(searchPathFor(db.name), { force: true });
    mkdirSync(searchPathFor(db.name)); // a folder where the file should be
    expect(() => startIndexThread(db)).toThrow(/Search index: unable to open database file/);
  });

  it('is rebuilt from the roster when it is lost or a generation behind (a crash between the two commits)', () => {
    const path = tempDbPath();
    eventWith([personNamed(1, 'Jürgen Müller'), personNamed(2, 'Søren Østergaard')], path).close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(searchPathFor(path) + suffix, { force: true });
    const reopened = track(openRoster(path));
    expect(names(reopened, 'muller')).toEqual(['Jürgen Müller']);
    reopened.close();

    // As if the roster had committed an edit and the process died before the index did.
    const raw = new Database(path);
    raw.prepare("UPDATE attendees SET display_name = 'Jürgen Schmidt', family_name = 'Schmidt' WHERE id = 'p1'").run();
    raw.prepare('UPDATE search_index_state SET generation = generation + 1').run();
    raw.close();
    const db = track(openRoster(path));
    expect(names(db, 'schmidt')).toEqual(['Jürgen Schmidt']);
    expect(names(db, 'muller')).toEqual([]);
    expect(names(db, 'ostergaard')).toEqual(['Søren Østergaard']);
    expect(rosterGeneration(db)).toBe(indexGeneration(db));
  });

  it('is recreated when it was written by another version of its schema', () => {
    const path = tempDbPath();
    eventWith([personNamed(1, 'Zoltán Kovács')], path).close();
    const file = new Database(searchPathFor(path));
    file.exec('CREATE TABLE from_elsewhere (x); CREATE VIRTUAL TABLE other_fts USING fts5 (t)');
    file.pragma('user_version = 99');
    file.close();
    const db = track(openRoster(path));
    expect(db.pragma('search.user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) FROM search.sqlite_master WHERE name IN ('from_elsewhere', 'other_fts', 'other_fts_data')").pluck().get()).toBe(0);
    expect(names(db, 'kovacs')).toEqual(['Zoltán Kovács']);
  });
});

const FOYER = join(import.meta.dirname, '../../../bin/foyer.js');
const BURST = join(import.meta.dirname, '../checkin/burst-worker.ts');

/** Runs a process to its end, calling `onOutput` with everything it has printed so far. */
function run(args: string[], onOutput: (all: string) => void = () => {}): { child: ChildProcess; done: Promise<{ code: number | null; out: string }> } {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const take = (d: Buffer): void => {
    out += d.toString();
    onOutput(out);
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  return { child, done: new Promise((r) => child.on('close', (code) => r({ code, out }))) };
}

describe('a large import beside other processes', () => {
  const bigRoster = (): { dir: string; path: string; csv: string } => {
    const dir = mkdtempSync(join(tmpdir(), 'foyer-import-procs-'));
    const csv = join(dir, 'roster.csv');
    writeGeneratedCsv(csv, 20_000);
    const path = join(dir, 'foyer.sqlite');
    eventWith(Array.from({ length: 300 }, (_, i) => personNamed(i, `Person ${i}`)), path).close();
    return { dir, path, csv };
  };

  it('lets a desk in another process keep checking in: it waits for the import, neither side deadlocks', async () => {
    const { dir, path, csv } = bigRoster();
    const go = join(dir, 'go');
    const desk = run([BURST, path, 'Desk 2', '0', '300', go]);
    let started = false;
    const importer = run([FOYER, '--db', path, 'import', csv], (out) => {
      // The import's transaction is open (and its writer thread holds the search file) once it reports progress.
      if (!started && out.includes('Imported 5,000')) {
        started = true;
        writeFileSync(go, '');
      }
    });
    const imported = await importer.done;
    if (!started) writeFileSync(go, '');
    const desked = await desk.done;
    expect(started, imported.out).toBe(true);
    expect(imported.code, imported.out).toBe(0);
    expect(desked.code, desked.out).toBe(0);
    expect(desked.out.split('\n').filter((l) => l.includes('"admitted"'))).toHaveLength(300);
    const db = track(openRoster(path));
    expect(db.prepare('SELECT count(*) FROM attendees').pluck().get()).toBe(20_300);
    expect(search(db, 'T0019999', 1)[0]?.attendee.email).toBe('person19999@example.org');
    expect(rosterGeneration(db)).toBe(indexGeneration(db));
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves both files as they were when the importing process is killed mid-import', async () => {
    const { dir, path, csv } = bigRoster();
    const before = (() => {
      const db = openRoster(path);
      const dump = dumpAll(db);
      db.close();
      return dump;
    })();
    let killed = false;
    const importer = run([FOYER, '--db', path, 'import', csv], (out) => {
      if (!killed && out.includes('Imported 10,000')) {
        killed = true;
        importer.child.kill('SIGKILL');
      }
    });
    const result = await importer.done;
    expect(killed, result.out).toBe(true);
    const db = track(openRoster(path));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('search.integrity_check', { simple: true })).toBe('ok');
    expect(dumpAll(db)).toEqual(before);
    expect(names(db, 'Person 299')).toEqual(['Person 299']);
    rmSync(dir, { recursive: true, force: true });
  });
});
