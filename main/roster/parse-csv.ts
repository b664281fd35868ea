import { CsvError, parse } from 'csv-parse/sync';
import { InputError } from '../errors.ts';
import type { Delimiter } from './delimiter.ts';
import { LimitError, LIMITS } from './limits.ts';
import { unclosedQuoteLine } from './quote-scan.ts';
import { MAX_ROW_CHARS, type Table, type TableRow } from './table.ts';

/** Turns csv-parse's errors into messages a registration manager can act on, with the line. */
function explain(err: CsvError, text: string, delimiter: Delimiter): InputError {
  const line = (err as unknown as { lines?: number }).lines;
  const at = line ? `line ${line}: ` : '';
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED': {
      const opened = unclosedQuoteLine(text, delimiter);
      return new InputError(
        `${opened ? `line ${opened}: ` : at}a quoted cell opens here and is never closed (unbalanced " quotes): everything after it would be read as one cell.`,
      );
    }
    case 'CSV_MAX_RECORD_SIZE':
      return new InputError(
        `${at}a row is longer than ${MAX_ROW_CHARS.toLocaleString('en')} characters: the file is broken (an unclosed " quote?) or holds something other than a roster.`,
      );
    default:
      // csv-parse's own wording ("Invalid Record Length…") stays out of the message.
      return new InputError(`${at}this CSV file cannot be read (${err.code.toLowerCase().replace(/^csv_/, '').replaceAll('_', ' ')}).`);
  }
}

const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');

const newlines = (s: string, from = 0, leadingOnly = false): number => {
  let n = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) n++;
    else if (leadingOnly && c !== 13) break;
  }
  return n;
};

/** Checks each record as it is parsed, so a file past a limit stops at the row that passes it. */
function limitChecker<T extends string[] | { record: string[] }>(): (parsed: T, context: { lines: number }) => T {
  let records = 0;
  let cells = 0;
  return (parsed, context) => {
    // With `raw`, csv-parse hands over { record, raw }.
    const record = Array.isArray(parsed) ? parsed : parsed.record;
    const where = `line ${context.lines}`;
    if (record.length > LIMITS.columns) throw new LimitError('columns', where);
    if (++records > LIMITS.rows + 1) throw new LimitError('rows', where);
    cells += record.length;
    if (cells > LIMITS.cells) throw new LimitError('cells', where);
    for (const cell of record) if (cell.length > LIMITS.cellChars) throw new LimitError('cellChars', where);
    return parsed;
  };
}

const CSV_OPTIONS = {
  relax_column_count: true,
  relax_quotes: true,
  skip_empty_lines: true,
  max_record_size: MAX_ROW_CHARS,
  bom: true,
} as const;

function parseRecords<T>(text: string, delimiter: Delimiter, raw: boolean): T[] {
  try {
    return parse(text, { ...CSV_OPTIONS, delimiter, raw, on_record: limitChecker() as never }) as unknown as T[];
  } catch (err) {
    if (err instanceof CsvError) throw explain(err, text, delimiter);
    // An error thrown by the limit checker reaches here wrapped or as is, depending on the version.
    const cause = (err as { cause?: unknown }).cause;
    if (cause instanceof InputError) throw cause;
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

/** The header row's width, counted before parsing: a row of 190,000 columns is refused at once. */
function assertHeaderWidth(text: string, delimiter: Delimiter): void {
  let width = 1;
  for (let i = 0; i < text.length && i < MAX_ROW_CHARS; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return;
    if (c === delimiter.charCodeAt(0) && ++width > LIMITS.columns) throw new LimitError('columns', 'line 1');
  }
}

/** One line ending, so that line numbers count the same for Windows and Unix files. */
export const unixLineEnds = (text: string): string => (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);

/**
 * Parses decoded CSV text; the first non-blank row is the header. Each row keeps the line it
 * starts on. When the file has as many records as lines (no blank line, no cell spanning lines:
 * nearly every export), record i is on line i + 1; otherwise lines are counted from each record's
 * raw text, which makes parsing a third slower.
 */
export function parseCsv(text: string, delimiter: Delimiter): Table {
  const unix = unixLineEnds(text);
  assertHeaderWidth(unix, delimiter);
  const lineCount = newlines(unix) + (unix.endsWith('\n') ? 0 : 1);
  const records = parseRecords<string[]>(unix, delimiter, false);
  const rows: TableRow[] =
    records.length === lineCount ? records.map((cells, i) => ({ line: i + 1, cells })) : rowsWithLines(unix, delimiter);
  const headerIndex = rows.findIndex((r) => !isBlank(r.cells));
  if (headerIndex < 0) throw new InputError('The file has no rows (it is empty or blank).');
  const header = rows[headerIndex] as TableRow;
  return { headers: header.cells.map((h) => h.trim()), rows: rows.slice(headerIndex + 1).filter((r) => !isBlank(r.cells)) };
}
