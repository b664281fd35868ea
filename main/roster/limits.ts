import { InputError } from '../errors.ts';

// What a roster file may hold. A real export is far inside every one of these (a 100,000-person
// pretix list is about 40 columns and 30 MB); a file beyond them is broken or built to exhaust the
// desk's memory, and is refused while it is read, before it costs much.
export const LIMITS = {
  /** Bytes of the file itself. */
  fileBytes: 100 * 1024 * 1024,
  /** Bytes inside an XLSX workbook once unzipped (all its parts together). */
  unzippedBytes: 400 * 1024 * 1024,
  /** Data rows. */
  rows: 1_000_000,
  /** Columns of the widest row. */
  columns: 500,
  /** Characters in one cell (Excel's own limit is 32,767). */
  cellChars: 32_767,
  /** Cells read in all (rows × columns): what the rows cost in memory (100,000 people × 50 columns). */
  cells: 5_000_000,
  /** Distinct strings of an XLSX workbook's shared-string table. */
  sharedStrings: 2_000_000,
} as const;

export type LimitName = keyof typeof LIMITS;

const WHAT: Record<LimitName, string> = {
  fileBytes: 'bytes in the file',
  unzippedBytes: 'bytes once unzipped',
  rows: 'rows',
  columns: 'columns',
  cellChars: 'characters in one cell',
  cells: 'cells in all',
  sharedStrings: 'shared strings',
};

/** Thrown when a file passes a limit: the message names the limit and, when known, where. */
export class LimitError extends InputError {
  readonly limit: LimitName;
  constructor(limit: LimitName, where = '') {
    super(`${where ? `${where}: ` : ''}the file has more than ${LIMITS[limit].toLocaleString('en')} ${WHAT[limit]} (the limit for a roster); this is not a roster export, or it is damaged.`);
    this.limit = limit;
  }
}
