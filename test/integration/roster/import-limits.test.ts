import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../main/roster/read-table.ts';
import { repeated, sheetXml, workbookParts, writeCraftedZip } from '../../helpers/crafted-xlsx.ts';

const dir = mkdtempSync(join(tmpdir(), 'foyer-limits-'));
const GB = 1024 ** 3;
const MB = 1024 ** 2;

/** Node 24 (the project's), which runs TypeScript as the CLI does. */
const nodeBin = (): string => {
  try {
    return createRequire(import.meta.url).resolve('node/bin/node');
  } catch {
    return process.execPath;
  }
};

/** Reads the file in a child process: what it said and its peak memory. */
function readInChild(path: string): { message: string; maxRssBytes: number } {
  const child = join(import.meta.dirname, '../../helpers/read-table-child.ts');
  const r = spawnSync(nodeBin(), [child, path], { encoding: 'utf8', maxBuffer: 16 * MB });
  if (r.status !== 0) throw new Error(`child failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as { message: string; maxRssBytes: number };
}

const refusal = async (path: string): Promise<string> => {
  const err = await readTable(path).then(() => new Error('read without complaint'), (e: unknown) => e as Error);
  return err.message;
};

/** 20 cells of a plausible roster row, without row or cell references (each row follows the last). */
const ROW = `<row>${Array.from({ length: 20 }, (_, i) => `<c t="inlineStr"><is><t>Ana-Maria Căpitanu ${i}</t></is></c>`).join('')}</row>`;

describe('an XLSX built to exhaust memory is refused while it is read', () => {
  it('a 4 MB file that unzips to 700 MB of rows: refused under 1 GB of memory, naming the limit', async () => {
    const path = join(dir, 'bomb.xlsx');
    // The zip says the sheet is small; only counting the bytes as they come out can tell.
    const size = await writeCraftedZip(path, workbookParts(() => sheetXml(repeated(ROW, 700 * MB)), { declaredSheetSize: 4096 }));
    expect(size).toBeLessThan(6 * MB);
    const { message, maxRssBytes } = readInChild(path);
    console.info(`XLSX bomb of ${(size / MB).toFixed(1)} MB: peak RSS ${(maxRssBytes / MB).toFixed(0)} MB`);
    expect(message).toMatch(/^InputError: row [\d,]+: the file has more than 5,000,000 cells in all \(the limit for a roster\)/);
    expect(maxRssBytes).toBeLessThan(GB);
  });

  it('a zip that declares more than the unzipped limit is refused before anything is unzipped', async () => {
    const path = join(dir, 'declared.xlsx');
    await writeCraftedZip(path, workbookParts(() => sheetXml(repeated(ROW, 500 * MB))));
    expect(await refusal(path)).toBe('the file has more than 419,430,400 bytes once unzipped (the limit for a roster); this is not a roster export, or it is damaged.');
  });

  it('refuses a row of 100,000 columns at the 501st', async () => {
    const path = join(dir, 'wide.xlsx');
    await writeCraftedZip(path, workbookParts(() => sheetXml(['<row r="2">', ...repeated('<c><v>1</v></c>', 1_600_000), '</row>'])));
    expect(await refusal(path)).toMatch(/^row 2: the file has more than 500 columns/);
  });

  it('refuses more than 1,000,000 rows', async () => {
    const path = join(dir, 'tall.xlsx');
    await writeCraftedZip(path, workbookParts(() => sheetXml(repeated('<row><c t="inlineStr"><is><t>x</t></is></c></row>', 60 * MB))));
    expect(await refusal(path)).toMatch(/^row 1,000,002: the file has more than 1,000,000 rows/);
  });

  it('refuses a row numbered past the limit, in words (not "Invalid row number in model")', async () => {
    const path = join(dir, 'far.xlsx');
    await writeCraftedZip(path, workbookParts(() => sheetXml(['<row r="2000000"><c r="A2000000"><v>1</v></c></row>'])));
    expect(await refusal(path)).toMatch(/^row 2,000,000: the file has more than 1,000,000 rows/);
  });

  it('refuses a cell of 100 MB, and one shared string longer than a cell can be', async () => {
    const inline = join(dir, 'long-cell.xlsx');
    await writeCraftedZip(inline, workbookParts(() => sheetXml(['<row><c t="inlineStr"><is><t>', ...repeated('A', 100 * MB), '</t></is></c></row>'])));
    expect(await refusal(inline)).toMatch(/the file has more than 32,767 characters in one cell/);
    const shared = join(dir, 'long-shared.xlsx');
    await writeCraftedZip(shared, workbookParts(() => sheetXml(['<row><c t="s"><v>0</v></c></row>']), {
      sharedStrings: () => ['<sst><si><t>', ...repeated('A', 40_000), '</t></si></sst>'],
    }));
    expect(await refusal(shared)).toMatch(/^shared string 1: the file has more than 32,767 characters in one cell/);
  });

  it('refuses more than 2,000,000 shared strings', async () => {
    const path = join(dir, 'strings.xlsx');
    await writeCraftedZip(path, workbookParts(() => sheetXml([]), { sharedStrings: () => ['<sst>', ...repeated('<si><t>x</t></si>', 40 * MB), '</sst>'] }));
    expect(await refusal(path)).toBe('the file has more than 2,000,000 shared strings (the limit for a roster); this is not a roster export, or it is damaged.');
  });

  it('says a damaged sheet is damaged, without the parser\'s own words', async () => {
    const path = join(dir, 'broken.xlsx');
    await writeCraftedZip(path, workbookParts(() => ['<?xml version="1.0"?><worksheet><sheetData><row><c><v>1</v></row></worksheet>']));
    expect(await refusal(path)).toBe('This XLSX workbook is damaged: xl/worksheets/sheet1.xml cannot be read. Open it in Excel and save it again, or export CSV.');
  });
});

describe('a CSV beyond the limits is refused early', () => {
  it('a CSV of 190,004 columns is refused at its header, under 1 GB of memory', () => {
    const path = join(dir, 'wide.csv');
    const row = Array.from({ length: 190_004 }, (_, i) => `c${i}`).join(',');
    writeFileSync(path, `${row}\n${row.replaceAll('c', 'v')}\n`.repeat(20));
    const { message, maxRssBytes } = readInChild(path);
    console.info(`CSV of 190,004 columns: peak RSS ${(maxRssBytes / MB).toFixed(0)} MB`);
    expect(message).toBe('InputError: line 1: the file has more than 500 columns (the limit for a roster); this is not a roster export, or it is damaged.');
    expect(maxRssBytes).toBeLessThan(GB);
  });

  it('refuses more than 1,000,000 rows and a cell longer than 32,767 characters', async () => {
    const tall = join(dir, 'tall.csv');
    writeFileSync(tall, `Name\n${'Ana\n'.repeat(1_000_001)}`);
    expect(await refusal(tall)).toMatch(/^line 1,000,002|^line 1000002/);
    const long = join(dir, 'long.csv');
    writeFileSync(long, `Name,Notes\nAna,${'x'.repeat(40_000)}\n`);
    expect(await refusal(long)).toBe('line 2: the file has more than 32,767 characters in one cell (the limit for a roster); this is not a roster export, or it is damaged.');
  });
});
