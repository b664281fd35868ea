import { PassThrough } from 'node:stream';

/**
 * A cell Excel would run as a formula (= + - @, or a tab or CR that some tools strip before one)
 * gets a leading apostrophe: a name like "=HYPERLINK(…)" typed into a registration form must stay text.
 */
export const neutralise = (cell: string): string => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

const csvCell = (cell: string): string => (/[",\r\n;]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

export interface OutTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** CSV in UTF-8 with a BOM, so Excel shows ă ł ő right when the file is double-clicked. */
export function csvBytes(table: OutTable): Buffer {
  const lines = [table.headers, ...table.rows].map((r) => r.map((c) => csvCell(neutralise(c))).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** Rows written between turns of the event loop: the app's API shares its thread with the export. */
const ROWS_PER_TURN = 1_000;

/**
 * An XLSX workbook with one sheet, the header row bold and frozen. Written with the streaming
 * writer (half the time of the in-memory one for 100k rows) and in slices, so that a desk stays
 * responsive while a large list is made.
 */
export async function xlsxBytes(table: OutTable, sheetName: string): Promise<Buffer> {
  // Loaded only when a workbook is written: the library takes ~150 ms to load.
  const { default: excel } = await import('exceljs');
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => out.on('end', resolve).on('error', reject));
  const workbook = new excel.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow([...table.headers]);
  header.font = { bold: true };
  header.commit();
  for (const [i, row] of table.rows.entries()) {
    sheet.addRow(row.map(neutralise)).commit();
    if (i % ROWS_PER_TURN === ROWS_PER_TURN - 1) await new Promise((resolve) => setImmediate(resolve));
  }
  sheet.commit();
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}
