import type { Db } from '../../db/open.ts';

/**
 * Every row of every table of the roster and of its search file (shadow tables included),
 * sorted: equal dumps mean equal content.
 */
export function dumpAll(db: Db): Record<string, string[]> {
  const schemas = (db.prepare('PRAGMA database_list').all() as { name: string }[]).map((d) => d.name).filter((n) => n !== 'temp');
  const tables = schemas.flatMap((s) =>
    (db.prepare(`SELECT name FROM "${s}".sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name`).pluck().all() as string[]).map(
      (t) => `"${s}"."${t}"`,
    ),
  );
  return Object.fromEntries(
    tables.map((t) => [t, (db.prepare(`SELECT * FROM ${t}`).raw().all() as unknown[][]).map((r) => JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v))).sort()]),
  );
}
