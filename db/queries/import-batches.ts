import type { Db } from '../handle.ts';

export interface ImportBatch {
  readonly batchId: string;
  readonly at: string;
  readonly fileName: string;
  readonly preset: string;
  readonly rowsTotal: number;
  readonly added: number;
  readonly updated: number;
  readonly missing: number;
  readonly problems: readonly { line: number; message: string }[];
}

export function recordImportBatch(db: Db, b: ImportBatch): void {
  db.prepare(
    `INSERT INTO import_batches (id, at, file_name, preset, rows_total, added, updated, missing, problems)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  ).run(b.batchId, b.at, b.fileName, b.preset, b.rowsTotal, b.added, b.updated, b.missing, JSON.stringify(b.problems));
}

export function listImportBatches(db: Db): ImportBatch[] {
  const rows = db.prepare('SELECT * FROM import_batches ORDER BY at DESC').all() as {
    id: string; at: string; file_name: string; preset: string; rows_total: number; added: number;
    updated: number; missing: number; problems: string;
  }[];
  return rows.map((r) => ({
    batchId: r.id, at: r.at, fileName: r.file_name, preset: r.preset, rowsTotal: r.rows_total, added: r.added,
    updated: r.updated, missing: r.missing, problems: JSON.parse(r.problems) as ImportBatch['problems'],
  }));
}
