import { once } from 'node:events';
import { CsvError, parse } from 'csv-parse';
import { InputError } from '../errors.ts';
import type { Delimiter } from './delimiter.ts';
import { CSV_OPTIONS, explain, isBlank, newlines } from './parse-csv.ts';
import type { TableRow } from './table.ts';

/** What csv-parse's stream gives for each record with the `raw` option. */
interface RawRecord {
  readonly record: string[];
  readonly raw: string;
}

/** Text handed to the parser at a time, cut at a line end (a cut elsewhere could split a character). */
const SLICE_CHARS = 1 << 20;

async function feed(parser: ReturnType<typeof parse>, text: string): Promise<void> {
  for (let at = 0; at < text.length;) {
    const cut = text.indexOf('\n', at + SLICE_CHARS);
    const end = cut < 0 ? text.length : cut + 1;
    if (!parser.write(text.slice(at, end))) await once(parser, 'drain');
    at = end;
  }
  parser.end();
}

/**
 * The rows of decoded CSV text in batches, as they are parsed: the first batch carries the header
 * (the first non-blank row), every row the line it starts on, as parseCsv numbers them.
 */
export async function* csvBatches(text: string, delimiter: Delimiter, batchRows: number): AsyncGenerator<{ headers?: string[]; rows: TableRow[] }> {
  const unix = text.replace(/\r\n?/g, '\n');
  const parser = parse({ ...CSV_OPTIONS, delimiter, raw: true });
  // A parse error ends the stream, and the loop below reports it; the feeder has nothing to add.
  feed(parser, unix).catch(() => undefined);
  let headers: string[] | undefined;
  let headerSent = false;
  let rows: TableRow[] = [];
  const batch = (): { headers?: string[]; rows: TableRow[] } => {
    const out = headerSent ? { rows } : { headers, rows };
    headerSent = true;
    rows = [];
    return out;
  };
  let before = 0;
  try {
    for await (const r of parser as AsyncIterable<RawRecord>) {
      const line = 1 + before + newlines(r.raw, 0, true);
      before += newlines(r.raw);
      if (isBlank(r.record)) continue;
      if (!headers) {
        headers = r.record.map((h) => h.trim());
        continue;
      }
      rows.push({ line, cells: r.record });
      if (rows.length >= batchRows) yield batch();
    }
  } catch (err) {
    if (err instanceof CsvError) throw explain(err);
    throw err;
  }
  if (!headers) throw new InputError('The file has no rows (it is empty or blank).');
  yield batch();
}
