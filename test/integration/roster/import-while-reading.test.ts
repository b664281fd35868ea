import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { attendeeIdByCode, getAttendee } from '../../../db/queries/attendees.ts';
import type { Db } from '../../../db/open.ts';
import { InputError } from '../../../main/errors.ts';
import { importFile, type ImportReport } from '../../../main/roster/run-import.ts';
import { search } from '../../../main/search/search.ts';
import { DESK, eventWith } from '../../helpers/db.ts';
import { dumpAll } from '../../helpers/dump.ts';

// A CSV file of a megabyte or more is imported while a second thread reads it. A dry run reads the
// file whole first; the two must agree on every count, problem and line.

const dir = mkdtempSync(join(tmpdir(), 'foyer-stream-import-'));
const open: Db[] = [];
afterAll(() => open.forEach((db) => db.open && db.close()));
const fresh = (): Db => {
  const db = eventWith([]);
  open.push(db);
  return db;
};

const FIRST = ['Ana-Maria', 'Ștefan', 'Małgorzata', 'Zsófia', 'Jürgen', 'Łukasz', 'Ioana', 'Paweł'];
const FAMILY = ['Căpitanu', 'Cosnița', 'Bieńkowska', 'Kádár', 'Wiśniewski', 'Ionescu', 'Dąbrowski', 'Țurcanu'];

/** A semicolon, Windows-1250 Excel export with the faults real files have, at known lines. */
function messyExport(name: string, rows: number, edit: (i: number, cells: string[]) => string[] | null = (_, c) => c): string {
  const lines = ['Imię;Nazwisko;E-mail;Firma;Kod'];
  for (let i = 0; i < rows; i++) {
    let cells = [FIRST[i % 8] as string, FAMILY[(i * 3) % 8] as string, `p${i}@klaster.pl`, `Klaster ${i % 149}`, `K${String(i).padStart(6, '0')}`];
    if (i % 997 === 0) cells[0] = cells[1] = ''; // no name
    if (i % 1009 === 0) cells[2] = 'not-an-address'; // bad e-mail
    if (i === 20_000) cells[4] = 'K000005'; // a code already on an earlier row
    if (i === 12_000) cells[3] = '"Klaster\nna dwie linie"'; // a cell spanning two lines
    const edited = edit(i, cells);
    if (!edited) continue;
    cells = edited;
    lines.push(cells.join(';'));
    if (i === 100) lines.push('', ''); // blank lines
  }
  const path = join(dir, name);
  writeFileSync(path, iconv.encode(`${lines.join('\r\n')}\r\n`, 'windows-1250'));
  return path;
}

const sameReport = (report: ImportReport, dry: ImportReport): void => {
  const { outcome, batchId, ...rest } = report;
  const { outcome: dryOutcome, batchId: dryBatch, ...dryRest } = dry;
  expect([outcome, dryOutcome, dryBatch]).toEqual(['imported', 'dry-run', null]);
  expect(batchId).toBeTruthy();
  expect(rest).toEqual(dryRest);
};

describe('a large CSV imported while it is read', () => {
  const path = messyExport('large.csv', 25_000);

  it('makes the same report as reading the file whole, and lands every good row', async () => {
    expect(statSync(path).size).toBeGreaterThan(1_000_000);
    const db = fresh();
    const dry = await importFile(db, DESK, path, { dryRun: true });
    const progress: string[] = [];
    const report = await importFile(db, DESK, path, { progress: (m) => progress.push(m) });
    sameReport(report, dry);
    expect(report).toMatchObject({ encoding: 'windows-1250', delimiter: 'semicolon', rowsTotal: 25_000 });
    expect(report.problems).toContainEqual({ line: 2, message: 'missing name' });
    // Two blank lines after row 100 and a two-line cell at row 12,000 push the later rows down.
    expect(report.problems).toContainEqual({ line: 20_005, message: 'duplicate code "K000005" (also on line 7)' });
    expect(report.added).toBe(25_000 - report.skipped);
    expect(db.prepare('SELECT count(*) FROM attendees').pluck().get()).toBe(report.added);
    expect(progress).toContain('Imported 20,000 rows so far…');
    const twoLines = getAttendee(db, attendeeIdByCode(db, 'K012000') as string);
    expect(twoLines?.organisation).toBe('Klaster\nna dwie linie');
    expect(search(db, 'kadar', 3)[0]?.attendee.familyName).toBe('Kádár');
  });

  it('matches people by e-mail only when the whole file has that e-mail once, even if it comes last', async () => {
    const db = fresh();
    await importFile(db, DESK, path);
    const before = (code: string): string => attendeeIdByCode(db, code) as string;
    const [kept, shared] = [before('K000120'), before('K000150')];
    // Codes renewed for rows 100-199: they can only be found by e-mail. Row 150's e-mail comes
    // back on the last row (whose code finds its owner), so row 150 matches nobody and is added;
    // row 120's matches its owner.
    const renewed = messyExport('renewed.csv', 25_000, (i, cells) => {
      if (i >= 100 && i < 200) cells[4] = `N${i}`;
      if (i === 24_999) cells[2] = 'p150@klaster.pl';
      return cells;
    });
    const dry = await importFile(db, DESK, renewed, { dryRun: true });
    const report = await importFile(db, DESK, renewed);
    sameReport(report, dry);
    expect(attendeeIdByCode(db, 'N120')).toBe(kept);
    expect(attendeeIdByCode(db, 'N150')).not.toBe(shared);
    expect(getAttendee(db, shared)?.missingFromSource).toBe(true);
    expect(report).toMatchObject({ added: 1, missing: 1 });
    expect(getAttendee(db, before('K024999'))?.email).toBe('p150@klaster.pl');
  });

  it('changes nothing when the file turns out broken near its end', async () => {
    const db = fresh();
    await importFile(db, DESK, messyExport('first.csv', 300));
    const snapshot = dumpAll(db);
    const broken = messyExport('broken.csv', 25_000, (i, cells) => (i === 24_000 ? [...cells.slice(0, 3), '"Klaster bez końca', cells[4] as string] : cells));
    const error = await importFile(db, DESK, broken).catch((e: unknown) => e);
    const dryError = await importFile(db, DESK, broken, { dryRun: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^line 25004: a quoted cell is never closed/);
    expect((error as Error).message).toBe((dryError as Error).message);
    expect(dumpAll(db)).toEqual(snapshot);
  });

  it('changes nothing when no row of a large file can be imported', async () => {
    const db = fresh();
    const snapshot = dumpAll(db);
    const nameless = messyExport('nameless.csv', 25_000, (_, cells) => ['', '', ...cells.slice(2)]);
    await expect(importFile(db, DESK, nameless)).rejects.toThrow(/^No row can be imported \(line 2: missing name, and 24999 more\)\.$/);
    expect(dumpAll(db)).toEqual(snapshot);
  });
});
