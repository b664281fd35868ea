import { InputError } from '../errors.ts';
import type { ColumnMapping } from './columns.ts';
import type { Table } from './table.ts';

const NAME_TARGETS = new Set(['fullName', 'firstName', 'familyName']);
const SAMPLE = 200;

/** A cell no one would write as a person's name: digits, an e-mail address, or a code of letters and digits. */
export function looksLikeNoName(value: string): boolean {
  const v = value.trim();
  if (/^[\d\s\-.#/+()]+$/.test(v)) return true;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) return true;
  return /^[\p{L}\d_-]+$/u.test(v) && /\d/.test(v);
}

function sample(table: Table, index: number): string[] {
  const values: string[] = [];
  for (const row of table.rows) {
    const v = (row.cells[index] ?? '').trim();
    if (v) values.push(v);
    if (values.length >= SAMPLE) break;
  }
  return values;
}

const share = (values: readonly string[], test: (v: string) => boolean): number =>
  values.length === 0 ? 0 : values.filter(test).length / values.length;

/** A column whose cells read like names: letters, mostly with a space, no digits. */
const looksLikeNames = (values: readonly string[]): boolean =>
  values.length > 0 && share(values, (v) => !looksLikeNoName(v) && /\p{L}/u.test(v) && !/\d/.test(v)) > 0.9;

/**
 * Stops an import whose name column holds mostly numbers, codes or e-mail addresses (a guessed
 * "Name" that is really a badge number, say): every badge would carry it. Columns the user mapped
 * with --map are trusted. The message suggests the mapping that would work.
 */
export function assertNamesLookLikeNames(table: Table, columns: readonly ColumnMapping[], overridden: ReadonlySet<number>): void {
  for (const col of columns) {
    if (!NAME_TARGETS.has(col.target) || overridden.has(col.index)) continue;
    const values = sample(table, col.index);
    if (share(values, looksLikeNoName) <= 0.5) continue;
    const example = values.find(looksLikeNoName) ?? '';
    throw new InputError(
      `Column "${col.header}" was read as the ${col.target === 'fullName' ? 'name' : col.target === 'firstName' ? 'first name' : 'family name'}, ` +
      `but ${Math.round(share(values, looksLikeNoName) * 100)}% of its cells are numbers, codes or e-mail addresses (e.g. "${example}"), ` +
      `so nothing was imported. Suggested mapping: ${suggestMapping(table, columns, col)}.`,
    );
  }
}

/** What to map instead: name parts already there, else a column named like a name, else any that reads like names. */
function suggestMapping(table: Table, columns: readonly ColumnMapping[], wrong: ColumnMapping): string {
  const drop = `--map "${wrong.header}=custom"`;
  const readsLikeNames = (c: ColumnMapping): boolean => c !== wrong && looksLikeNames(sample(table, c.index));
  if (wrong.target === 'fullName' && columns.some((c) => (c.target === 'firstName' || c.target === 'familyName') && readsLikeNames(c))) {
    return `${drop} (the first and last name columns give the name)`;
  }
  const free = columns.filter((c) => (c.target === 'custom' || c.target === 'ignore') && readsLikeNames(c));
  const candidate = free.find((c) => /name|nume|imie|nom|navn|namn|nimi/i.test(c.header)) ?? free[0];
  return candidate
    ? `--map "${candidate.header}=name" ${drop}`
    : `${drop}, and name the column that holds the names with --map "Header=name" (or first/last)`;
}
