import { CsvError, parse } from 'csv-parse/sync';
import { InputError } from '../errors.ts';
import type { Delimiter } from './delimiter.ts';
import { MAX_ROW_CHARS, type Table, type TableRow } from './table.ts';

/** Turns csv-parse's errors into messages a registration manager can act on, with the line. */
function explain(err: CsvError): InputError {
  const line = (err as unknown as { lines?: number }).lines;
  const at = line ? `line ${line}: ` : '';
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return new InputError(`${at}a quoted cell is never closed (unbalanced " quotes). ${err.message}`);
    case 'CSV_MAX_RECORD_SIZE':
      return new InputError(
        `${at}a row is longer than ${MAX_ROW_CHARS.toLocaleString('en')} characters: the file is broken (an unclosed " quote?) or holds something other than a roster.`,
      );
    default:
      return new InputError(`${at}cannot read the CSV file: ${err.message}`);
  }
}

const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');

const newlines = (s: string, from = 0, leadingOnly = false): number => {
  let n = 0;
  for (let i = from; i < s.length; i++) {
    if (s.charCodeAt(i) === 10) n++;
    else if (leadingOnly) break;
  }
  return n;
};

const CSV_OPTIONS = {
  relax_column_count: true,
  relax_quotes: true,
  skip_empty_lines: true,
  max_record_size: MAX_ROW_CHARS,
  bom: true,
} as const;

function parseRecords<T>(text: string, delimiter: Delimiter, raw: boolean): T[] {
  try {
    return parse(text, { ...CSV_OPTIONS, delimiter, raw }) as unknown as T[];
  } catch (err) {
    if (err instanceof CsvError) throw explain(err);
    throw err;
  }
}

/** Each record with the line it starts on, counted from its raw text (skipped blank lines included). */
function rowsWithLines(text: string, delimiter: Delimiter): TableRow[] {
  let before = 0;
  return parseRecords<{ record: string[]; raw: string }>(text, delimiter, true).map((r) => {
    const line = 1 + before + newlines(r.raw, 0, true);
    before += newlines(r.raw);
    return { line, cells: r.record };
  });
}

/**
 * Parses decoded CSV text; the first non-blank row is the header. Each row keeps the line it
 * starts on. When the file has as many records as lines (no blank line, no cell spanning lines:
 * nearly every export), record i is on line i + 1; otherwise lines are counted from each record's
 * raw text, which makes parsing a third slower.
 */
export function parseCsv(text: string, delimiter: Delimiter): Table {
  // One line ending, so that line numbers count the same for Windows and Unix files.
  const unix = text.replace(/\r\n?/g, '\n');
  const lineCount = newlines(unix) + (unix.endsWith('\n') ? 0 : 1);
  const records = parseRecords<string[]>(unix, delimiter, false);
  const rows: TableRow[] =
    records.length === lineCount ? records.map((cells, i) => ({ line: i + 1, cells })) : rowsWithLines(unix, delimiter);
  const headerIndex = rows.findIndex((r) => !isBlank(r.cells));
  if (headerIndex < 0) throw new InputError('The file has no rows (it is empty or blank).');
  const header = rows[headerIndex] as TableRow;
  return { headers: header.cells.map((h) => h.trim()), rows: rows.slice(headerIndex + 1).filter((r) => !isBlank(r.cells)) };
}
