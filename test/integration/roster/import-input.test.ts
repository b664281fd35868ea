import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { attendeeIdByCode, countAttendees, getAttendee } from '../../../db/queries/attendees.ts';
import { openDb } from '../../../db/open.ts';
import { configureConference } from '../../../main/conference/configure.ts';
import { createDemoEvent } from '../../../main/demo/seed.ts';
import { importFile } from '../../../main/roster/run-import.ts';
import { DESK, eventWith, tempDbPath } from '../../helpers/db.ts';

const dir = mkdtempSync(join(tmpdir(), 'foyer-import-input-'));
const write = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
/** A database file with the event set up. */
const eventDb = (): string => {
  const path = tempDbPath();
  eventWith([], path).close();
  return path;
};
const foyer = (dbPath: string, ...args: string[]) => {
  const r = spawnSync(join(process.cwd(), 'bin/foyer.js'), ['--db', dbPath, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('paths that are not a roster file', () => {
  it('a folder: a clear message and exit 2', () => {
    const folder = join(dir, 'exports');
    mkdirSync(folder);
    const r = foyer(eventDb(), 'import', folder);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`foyer: ${folder} is a folder, not a file: give the CSV or XLSX file inside it.\n`);
  });

  it.skipIf(process.getuid?.() === 0)('a file this user may not read: a clear message and exit 2', () => {
    const path = write('secret.csv', 'Name\nAna\n');
    chmodSync(path, 0o000);
    const r = foyer(eventDb(), 'import', path);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`foyer: Cannot read ${path}: permission denied (this user may not read it).\n`);
  });
});

describe('reading what the file says', () => {
  it('names the rows of a file mixing UTF-8 with Windows-1250, each read in its own encoding', async () => {
    const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
    const cp1250 = (s: string): Buffer => iconv.encode(s, 'windows-1250');
    const path = write('mixed.csv', Buffer.concat([
      utf8('Name,Email,Code\n'), utf8('Ana-Maria Căpitanu,ana@cluster.ro,C1\n'), utf8('Ștefan Cosnița,stefan@tm.ro,C2\n'),
      cp1250('Łukasz Żółkiewski,lukasz@zg.pl,C3\n'), utf8('Jörg Strauß,jorg@f.de,C4\n'), cp1250('Małgorzata Bieńkowska,m@lodz.pl,C5\n'),
    ]));
    const db = eventWith([]);
    const r = await importFile(db, DESK, path);
    expect(r.warnings[0]).toBe('The file mixes encodings: it is UTF-8 except lines 4, 6, which decode differently and were read as windows-1250. ' +
      'Check the names on those lines, or save the file again as UTF-8 from one program.');
    const name = (code: string): string | undefined => getAttendee(db, attendeeIdByCode(db, code) as string)?.displayName;
    expect([name('C1'), name('C2'), name('C3'), name('C4'), name('C5')])
      .toEqual(['Ana-Maria Căpitanu', 'Ștefan Cosnița', 'Łukasz Żółkiewski', 'Jörg Strauß', 'Małgorzata Bieńkowska']);
  });

  it('names the line where an unbalanced quote opens, not the end of the file', async () => {
    const path = write('quote.csv', 'Name,Email\nAna,ana@x.ro\n"Ion Pop,ion@x.ro\nEva,eva@x.ro\nDan,dan@x.ro\n');
    await expect(importFile(eventWith([]), DESK, path)).rejects.toThrow(
      'line 3: a quoted cell opens here and is never closed (unbalanced " quotes): everything after it would be read as one cell.',
    );
  });
});

describe('importing before the event exists', () => {
  it('refuses with the command that creates the event, and changes nothing; a preview says so', async () => {
    const db = openDb(tempDbPath());
    const path = write('early.csv', 'Name,Email,Code\nAna-Maria Căpitanu,ana@cluster.ro,C1\n');
    await expect(importFile(db, DESK, path)).rejects.toThrow(
      'No event on this desk yet: create it first with `foyer event create --name "…" --start YYYY-MM-DD --end YYYY-MM-DD --time-zone Europe/…`, then import again.',
    );
    expect(countAttendees(db)).toBe(0);
    const preview = await importFile(db, DESK, path, { dryRun: true });
    expect(preview).toMatchObject({ outcome: 'dry-run', added: 1 });
    expect(preview.warnings[0]).toMatch(/^No event on this desk yet: create it first with `foyer event create/);
  });

  it('a desk still on the demo event is told, in the preview and in the report', async () => {
    const db = openDb(tempDbPath());
    createDemoEvent(db, DESK);
    const path = write('over-demo.csv', 'Name,Email,Code\nAna-Maria Căpitanu,ana@cluster.ro,C1\n');
    const preview = await importFile(db, DESK, path, { dryRun: true });
    expect(preview.warnings[0]).toMatch(/^The event on this desk is still the demo: create it first with `foyer event create/);
    configureConference(db, DESK, { name: 'ECC 2026', venue: '', days: ['2026-05-14'], timeZone: 'Europe/Bucharest' });
    expect((await importFile(db, DESK, path, { dryRun: true })).warnings.join(' ')).not.toMatch(/demo/);
  });

  it('the CLI exits 2 with the same words', () => {
    const path = write('early-cli.csv', 'Name,Email,Code\nAna-Maria Căpitanu,ana@cluster.ro,C1\n');
    const r = foyer(tempDbPath(), 'import', path);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No event on this desk yet: create it first with `foyer event create --name');
  });
});
