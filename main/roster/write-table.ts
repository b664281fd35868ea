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

export async function xlsxBytes(table: OutTable, sheetName: string): Promise<Buffer> {
  // Loaded only when a workbook is written: the library takes ~150 ms to load.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...table.headers]).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map(neutralise));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
