import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../errors.ts';
import { decodeText, type TextEncoding } from './decode.ts';
import { type Delimiter, detectDelimiter } from './delimiter.ts';
import { sniffFileKind } from './file-kind.ts';
import { parseCsv } from './parse-csv.ts';
import { parseXlsx } from './parse-xlsx.ts';
import type { Table } from './table.ts';

export interface ReadTable {
  readonly table: Table;
  readonly format: 'csv' | 'xlsx';
  readonly encoding: TextEncoding | null;
  readonly delimiter: Delimiter | null;
}

/** 200 MB: several times the largest roster export we can imagine; more is a wrong file. */
const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** Reads a roster file whatever its format, encoding and delimiter. */
export async function readTable(path: string): Promise<ReadTable> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new InputError(`Cannot read ${path}: no such file.`);
  }
  if (size > MAX_FILE_BYTES) throw new InputError(`${path} is ${Math.round(size / 1e6)} MB: too large for a roster.`);
  const buf = readFileSync(path);
  if (sniffFileKind(buf) === 'xlsx') {
    return { table: await parseXlsx(buf), format: 'xlsx', encoding: null, delimiter: null };
  }
  const { text, encoding } = decodeText(buf);
  if (text.trim() === '') throw new InputError('The file is empty (only blank space).');
  const delimiter = detectDelimiter(text);
  return { table: parseCsv(text, delimiter), format: 'csv', encoding, delimiter };
}
