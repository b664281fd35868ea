import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../db/open.ts';
import { neutralise } from '../../../main/roster/write-table.ts';

const dir = mkdtempSync(join(tmpdir(), 'foyer-cli-roster-'));
const dbPath = join(dir, 'foyer.sqlite');
const foyer = (...args: string[]) => {
  const r = spawnSync(join(process.cwd(), 'bin/foyer.js'), ['--db', dbPath, '--desk', 'Desk 1', '--operator', 'Ioana', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const write = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('foyer import / export', () => {
  it('imports, refuses with exit 2, checks in and exports neutralised CSV and XLSX', async () => {
    expect(foyer('event', 'create', '--name', 'ECC 2019', '--start', '2019-05-14', '--end', '2019-05-16').code).toBe(0);
    const roster = write('roster.csv', [
      'Nume;Prenume;Email;Companie;Cod',
      'Căpitanu;Ana-Maria;ana@cluster.ro;"=HYPERLINK(""http://evil.example"";""x"")";C001',
      'Cosnița;Ștefan;stefan@tm.ro;+40 Cluster;C002',
      'Bieńkowska;Małgorzata;m@lodz.pl;@Klaster;C003',
      ';;bad;;C004',
    ].join('\r\n'));

    const dry = foyer('--json', 'import', roster, '--dry-run');
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ outcome: 'dry-run', encoding: 'utf-8', delimiter: 'semicolon', added: 3, problems: [{ line: 5, message: 'missing name' }] });

    const strict = foyer('import', roster, '--strict');
    expect(strict.code).toBe(2);
    expect(strict.stdout).toContain('line 5: missing name');

    const ok = foyer('import', roster, '--map', 'Companie=company');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/added: 3 {2}updated: 0/);

    const png = foyer('import', write('photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])));
    expect(png.code).toBe(2);
    expect(png.stderr).toContain('PNG image, not a spreadsheet');

    expect(foyer('checkin', 'C001', '--day', '2019-05-14').code).toBe(0);

    const checkinsCsv = join(dir, 'checkins.csv');
    const exported = foyer('export', 'checkins', '-o', checkinsCsv, '--day', '2019-05-14');
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    const bytes = readFileSync(checkinsCsv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('Ana-Maria Căpitanu');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"";""x"")"`);

    const noShows = join(dir, 'no-shows.xlsx');
    expect(foyer('export', 'no-shows', '-o', noShows).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(noShows);
    const values = workbook.worksheets[0]?.getSheetValues().slice(2).map((r) => (r as unknown[])[4]);
    expect(values?.sort()).toEqual(["'+40 Cluster", "'@Klaster"]);

    expect(foyer('export', 'everything', '-o', join(dir, 'x.csv')).code).toBe(2);
    expect(foyer('export', 'checkins', '-o', join(dir, 'x.pdf')).code).toBe(2);

    const db = openDb(dbPath);
    expect(db.prepare('SELECT count(*) FROM attendees').pluck().get()).toBe(3);
    db.close();
  });

  it('neutralises every cell that a spreadsheet would run as a formula', () => {
    expect(['=1+1', '+40 721', '-3', '@SUM(A1)', '\tx', '\rx', 'Ana', ''].map(neutralise))
      .toEqual(["'=1+1", "'+40 721", "'-3", "'@SUM(A1)", "'\tx", "'\rx", 'Ana', '']);
  });
});
