// Loaded when a workbook is actually read or written: the library takes ~150 ms to load.
import type ExcelJS from 'exceljs';
import { InputError } from '../errors.ts';
import { MAX_ROW_CHARS, type Table, type TableRow } from './table.ts';

/** The text a person sees in a cell: rich text joined, hyperlinks (e-mails) as their text, dates as days. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().replace('T00:00:00.000Z', '');
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && 'hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('formula' in value || 'sharedFormula' in value) return '';
    if ('error' in value) return '';
  }
  return String(value);
}

/** Reads the first worksheet of an XLSX workbook; row numbers are Excel's. */
export async function parseXlsx(buf: Buffer): Promise<Table> {
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (err) {
    throw new InputError(`This is a ZIP file but not a readable XLSX workbook (${err instanceof Error ? err.message : String(err)}).`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new InputError('The workbook has no worksheet.');
  const rows: TableRow[] = [];
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    let size = 0;
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const text = cellText(cell.value);
      size += text.length;
      cells[col - 1] = text;
    });
    if (size > MAX_ROW_CHARS) {
      throw new InputError(`row ${rowNumber}: a row is longer than ${MAX_ROW_CHARS.toLocaleString('en')} characters; this does not look like a roster.`);
    }
    for (let i = 0; i < cells.length; i++) cells[i] ??= '';
    width = Math.max(width, cells.length);
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowNumber, cells });
  });
  const [header, ...data] = rows;
  if (!header) throw new InputError('The first worksheet is empty.');
  return { headers: header.cells.map((h) => h.trim()), rows: data };
}
