import { InputError } from '../errors.ts';
import type { TextEncoding } from './decode.ts';
import { delimiterName } from './delimiter.ts';
import { type Mapping, type MappingOptions, resolveMapping } from './mapping.ts';
import { readTable } from './read-table.ts';
import { type CandidateRow, type RowProblem, validateRows } from './validate-rows.ts';

/**
 * A file read, mapped and checked, before anything touches the database: what a worker thread
 * hands back to the desk's thread (plain data, so it crosses threads as it is).
 */
export interface PreparedImport {
  readonly file: string;
  readonly format: 'csv' | 'xlsx';
  readonly encoding: TextEncoding | null;
  readonly delimiter: string | null;
  readonly mapping: Mapping;
  readonly rowsTotal: number;
  readonly rows: CandidateRow[];
  readonly problems: RowProblem[];
  readonly warnings: string[];
}

const listLines = (lines: readonly number[], count: number): string =>
  `${lines.join(', ')}${count > lines.length ? ` and ${count - lines.length} more` : ''}`;

/**
 * Reads, maps and checks a roster file; throws InputError for a file that cannot be imported at all.
 * `eventZone` is the event's time zone, where dates a file writes in UTC are placed; with no event
 * yet (a preview only: an import refuses) they stay as written.
 */
export async function prepareImport(path: string, options: MappingOptions = {}, eventZone = 'UTC'): Promise<PreparedImport> {
  const read = await readTable(path);
  const { table } = read;
  if (table.rows.length === 0) throw new InputError('The file has a header row but no data rows.');
  const mapping = resolveMapping(table, options);
  const validated = validateRows(table, mapping, eventZone);
  if (validated.rows.length === 0) {
    const first = validated.problems[0];
    throw new InputError(`No row can be imported${first ? ` (line ${first.line}: ${first.message}, and ${validated.problems.length - 1} more)` : ''}.`);
  }
  const warnings: string[] = [];
  const mixed = read.mixedEncoding;
  if (mixed) {
    warnings.push(`The file mixes encodings: it is UTF-8 except line${mixed.lineCount > 1 ? 's' : ''} ${listLines(mixed.lines, mixed.lineCount)}, ` +
      `which decode differently and were read as ${mixed.encoding}. Check the names on ${mixed.lineCount > 1 ? 'those lines' : 'that line'}, ` +
      'or save the file again as UTF-8 from one program.');
  }
  if (!mapping.columns.some((c) => c.target === 'code' || c.target === 'email')) {
    warnings.push('No ticket-code or e-mail column: a re-import of this file cannot recognise anyone and will add everyone again.');
  }
  const checkedIn = validated.rows.filter((r) => r.fields.checkedInAtSource).length;
  if (checkedIn > 0) {
    warnings.push(`${checkedIn.toLocaleString('en')} ${checkedIn === 1 ? 'person was' : 'people were'} already checked in at ${mapping.system ?? 'the source system'}: ` +
      'kept as history on the person, not as a check-in at this venue.');
  }
  return {
    file: path, format: read.format, encoding: read.encoding, delimiter: read.delimiter ? delimiterName(read.delimiter) : null,
    mapping, rowsTotal: table.rows.length, rows: validated.rows, problems: validated.problems, warnings,
  };
}
