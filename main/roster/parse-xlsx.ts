import { InputError } from '../errors.ts';
import { LimitError, LIMITS } from './limits.ts';
import { MAX_ROW_CHARS, type Table, type TableRow } from './table.ts';
import { firstSheetPath } from './xlsx/first-sheet.ts';
import { readSharedStrings } from './xlsx/shared-strings.ts';
import { readDateStyles, serialToText } from './xlsx/styles.ts';
import { detached, openWorkbookZip, readXmlPart } from './xlsx/zip-parts.ts';

/** "AB" of "AB12" as a column number (A = 1). */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return col;
}

/** A cell's text from its type (t), style (s) and raw value, as a person sees it in Excel. */
function cellText(type: string, raw: string, isDate: boolean, shared: readonly string[]): string {
  switch (type) {
    case 's': return shared[Number(raw)] ?? '';
    case 'inlineStr': case 'str': return detached(raw);
    case 'b': return raw === '1' ? 'true' : 'false';
    case 'e': return '';
    default: {
      if (raw.trim() === '') return '';
      const n = Number(raw);
      if (Number.isNaN(n)) return detached(raw);
      return isDate ? serialToText(n) : String(n);
    }
  }
}

/**
 * Reads the first worksheet of an XLSX workbook as a stream of XML, part by part from the zip
 * held in memory, checking every limit (unzipped bytes, rows, columns, cells, cell length, shared
 * strings) while it reads; row numbers are Excel's. The whole workbook is never built in memory.
 */
export async function parseXlsx(buf: Buffer): Promise<Table> {
  const zip = await openWorkbookZip(buf);
  const sheetPath = await firstSheetPath(zip);
  if (!sheetPath) throw new InputError('The workbook has no worksheet.');
  const shared = await readSharedStrings(zip);
  const dateStyles = await readDateStyles(zip);
  const rows: TableRow[] = [];
  let cellsRead = 0;
  let rowNumber = 0;
  let cells: string[] = [];
  let rowChars = 0;
  let col = 0;
  let type = '';
  let style = 0;
  let value: string[] = [];
  let valueChars = 0;
  let inValue = false;
  await readXmlPart(zip, sheetPath, {
    open: (tag) => {
      const a = tag.attributes;
      if (tag.name === 'row') {
        rowNumber = a.r ? Number(a.r) : rowNumber + 1;
        if (!(rowNumber > 0) || rowNumber > LIMITS.rows + 1) throw new LimitError('rows', `row ${rowNumber.toLocaleString('en')}`);
        cells = [];
        rowChars = 0;
        col = 0;
      } else if (tag.name === 'c') {
        col = a.r ? columnOf(String(a.r)) : col + 1;
        type = String(a.t ?? 'n');
        style = Number(a.s ?? 0);
        value = [];
        valueChars = 0;
      } else if (tag.name === 'v' || (tag.name === 't' && type === 'inlineStr')) inValue = true;
    },
    text: (text) => {
      if (!inValue) return;
      valueChars += text.length;
      if (valueChars > LIMITS.cellChars) throw new LimitError('cellChars', `row ${rowNumber}`);
      value.push(text);
    },
    close: (name) => {
      if (name === 'v' || name === 't') inValue = false;
      else if (name === 'c' && value.length > 0) {
        if (col > LIMITS.columns || col < 1) throw new LimitError('columns', `row ${rowNumber}`);
        const text = cellText(type, value.join(''), dateStyles[style] ?? false, shared);
        rowChars += text.length;
        if (rowChars > MAX_ROW_CHARS) {
          throw new InputError(`row ${rowNumber}: a row is longer than ${MAX_ROW_CHARS.toLocaleString('en')} characters; this does not look like a roster.`);
        }
        while (cells.length < col - 1) cells.push('');
        cells[col - 1] = text;
      } else if (name === 'row') {
        cellsRead += cells.length;
        if (cellsRead > LIMITS.cells) throw new LimitError('cells', `row ${rowNumber}`);
        if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowNumber, cells });
      }
    },
  });
  const [header, ...data] = rows;
  if (!header) throw new InputError('The first worksheet is empty.');
  if (data.length > LIMITS.rows) throw new LimitError('rows');
  return { headers: header.cells.map((h) => h.trim()), rows: data };
}
