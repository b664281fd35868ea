import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../errors.ts';
import { decodeText, type TextEncoding } from './decode.ts';
import { type Delimiter, detectDelimiter } from './delimiter.ts';
import { sniffFileKind } from './file-kind.ts';
import { LimitError, LIMITS } from './limits.ts';
import type { MixedEncoding } from './mixed-encoding.ts';
import { unixLineEndsInPlace } from './line-ends.ts';
import { parseCsv } from './parse-csv.ts';
import { parseXlsx } from './parse-xlsx.ts';
import type { Table } from './table.ts';

export interface ReadTable {
  readonly table: Table;
  readonly format: 'csv' | 'xlsx';
  readonly encoding: TextEncoding | null;
  readonly delimiter: Delimiter | null;
  /** Lines in another encoding than the rest of the file (read each in its own). */
  readonly mixedEncoding?: MixedEncoding;
}

/** Why a path cannot be read, in words, from the error Node gives. */
function unreadable(path: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new InputError(`Cannot read ${path}: no such file.`);
  if (code === 'EACCES' || code === 'EPERM') return new InputError(`Cannot read ${path}: permission denied (this user may not read it).`);
  if (code === 'EISDIR') return new InputError(`${path} is a folder, not a file: give the CSV or XLSX file inside it.`);
  return new InputError(`Cannot read ${path}${code ? ` (${code})` : ''}.`);
}

/** The file's bytes, or an InputError saying why there are none (missing, a folder, not allowed, too large). */
function readBytes(path: string): Buffer {
  let stats;
  try {
    stats = statSync(path);
  } catch (err) {
    throw unreadable(path, err);
  }
  if (stats.isDirectory()) throw unreadable(path, Object.assign(new Error(), { code: 'EISDIR' }));
  if (!stats.isFile()) throw new InputError(`${path} is not a regular file (a device or a pipe?): give a CSV or XLSX file.`);
  if (stats.size > LIMITS.fileBytes) throw new LimitError('fileBytes', `${path} is ${Math.round(stats.size / 1e6)} MB`);
  try {
    return readFileSync(path);
  } catch (err) {
    throw unreadable(path, err);
  }
}

/** Reads a roster file whatever its format, encoding and delimiter. */
export async function readTable(path: string): Promise<ReadTable> {
  const buf = readBytes(path);
  if (sniffFileKind(buf) === 'xlsx') {
    return { table: await parseXlsx(buf), format: 'xlsx', encoding: null, delimiter: null };
  }
  return readCsv(buf);
}

/** UTF-16 puts a zero byte beside every ASCII one (a BOM or not): its line ends are not single bytes. */
const looksUtf16 = (buf: Buffer): boolean => (buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff) ||
  buf.subarray(0, 4096).filter((b) => b === 0).length > 64;

function readCsv(buf: Buffer): ReadTable {
  const { text, encoding, mixed } = decodeText(looksUtf16(buf) ? buf : unixLineEndsInPlace(buf));
  if (text.trim() === '') throw new InputError('The file is empty (only blank space).');
  const delimiter = detectDelimiter(text);
  return { table: parseCsv(text, delimiter), format: 'csv', encoding, delimiter, ...(mixed ? { mixedEncoding: mixed } : {}) };
}
