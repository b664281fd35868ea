import { InputError } from '../errors.ts';

export type FileKind = 'xlsx' | 'text';

// Magic numbers of files people rename to .csv by mistake, with the name to show them.
const SIGNATURES: readonly { bytes: readonly number[]; what: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7-Zip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program (ELF)' },
  { bytes: [0x4d, 0x5a], what: 'a Windows program' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], what: 'an SQLite database' },
];

const startsWith = (buf: Buffer, bytes: readonly number[]): boolean =>
  buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);

/**
 * Decides from the first bytes (not the file name) whether this is an XLSX workbook or text;
 * anything recognisably else is refused with a message saying what it is.
 */
export function sniffFileKind(buf: Buffer): FileKind {
  if (buf.length === 0) throw new InputError('The file is empty.');
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new InputError('This is an old Excel 97-2003 (.xls) file: open it in Excel and save it as .xlsx or CSV.');
  }
  for (const s of SIGNATURES) {
    if (startsWith(buf, s.bytes)) throw new InputError(`This is ${s.what}, not a spreadsheet (CSV or XLSX).`);
  }
  return 'text';
}
