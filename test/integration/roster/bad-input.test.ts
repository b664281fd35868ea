import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../main/errors.ts';
import { importFile } from '../../../main/roster/run-import.ts';
import { writeGeneratedCsv } from '../../helpers/roster-files.ts';
import { DESK, eventWith } from '../../helpers/db.ts';
import { dumpAll } from '../../helpers/dump.ts';

const dir = mkdtempSync(join(tmpdir(), 'foyer-bad-'));
const write = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

// A PNG and a PDF as their first bytes really are, renamed to .csv.
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(200)]);
const PDF = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n', 'latin1');

const CASES: readonly [name: string, content: () => string | Buffer, message: RegExp][] = [
  ['empty.csv', () => '', /empty/],
  ['blank.csv', () => '\n\n   \n', /empty/],
  ['junk.csv', () => randomBytes(4096), /binary/],
  ['header-only.csv', () => 'First name,Last name,Email\n', /header row but no data rows/],
  ['huge-cell.csv', () => `Name,Notes\nAna,"${'x'.repeat(12 * 1024 * 1024)}"\n`, /line 2: a row is longer than 1,000,000 characters/],
  ['unbalanced.csv', () => 'Name,Email\nAna,ana@x.ro\n"Ion Pop,ion@x.ro\nEva,eva@x.ro\n', /quote/],
  ['duplicate-headers.csv', () => 'Name,Email,Company,Email\nAna,a@x.ro,X,b@x.ro\n', /line 1: duplicate column "Email" \(columns 2 and 4\)/],
  ['no-name-column.csv', () => 'Email,Company\na@x.ro,X\n', /No name column/],
  ['picture.csv', () => PNG, /PNG image, not a spreadsheet/],
  ['document.csv', () => PDF, /PDF document, not a spreadsheet/],
  ['old-excel.xls', () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), /Excel 97-2003/],
  ['broken.xlsx', () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(300)]), /not a readable XLSX/],
  ['all-rows-bad.csv', () => 'Name,Email\n,a@x.ro\n,b@x.ro\n', /No row can be imported \(line 2: missing name/],
];

describe('bad input never crashes and never half-imports', () => {
  const db = eventWith([]);
  const seeded = write('seed.csv', '');
  writeGeneratedCsv(seeded, 20);

  it.each(CASES)('%s is refused with a clear message and changes nothing', async (name, content, message) => {
    await importFile(db, DESK, seeded);
    const before = dumpAll(db);
    const path = write(name, content());
    const error = await importFile(db, DESK, path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect(dumpAll(db)).toEqual(before);
  });

  it('a missing file is an input error too', async () => {
    await expect(importFile(db, DESK, join(dir, 'nope.csv'))).rejects.toThrow(/no such file/);
  });
});
