import type { Db } from '../handle.ts';

export function readSetting<T>(db: Db, key: string): T | undefined {
  const value = db.prepare('SELECT value FROM app_settings WHERE key = ?').pluck().get(key) as string | undefined;
  return value === undefined ? undefined : (JSON.parse(value) as T);
}

export function writeSetting(db: Db, key: string, value: unknown, at = new Date()): void {
  db.prepare(
    `INSERT INTO app_settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(key, JSON.stringify(value), at.toISOString());
}
