/** A spreadsheet as read from a file: the header row and the data rows with their line numbers. */
export interface Table {
  readonly headers: readonly string[];
  readonly rows: readonly TableRow[];
}

export interface TableRow {
  /** Line (CSV) or row (XLSX) number in the file, as the user sees it in an editor or in Excel. */
  readonly line: number;
  readonly cells: readonly string[];
}

/** Largest row we accept: a roster row is a few hundred bytes; megabytes mean a broken file. */
export const MAX_ROW_CHARS = 1_000_000;
