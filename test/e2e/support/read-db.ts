import Database from 'better-sqlite3';

/** One row read from a served Foyer's database, opened read-only beside the running server. */
export function readRow<T>(dbPath: string, sql: string): T {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(sql).get() as T;
  } finally {
    db.close();
  }
}
