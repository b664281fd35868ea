// Reads and writes of the personal-data lifecycle (main/privacy): the files Foyer wrote, the purge's
// statistics snapshot, the erasure itself.
import type { Db } from '../open.ts';
import { prepared } from '../prepared.ts';

/** Remembers a file Foyer wrote with personal data in it, so that a purge can erase it. */
export function recordExportedFile(db: Db, path: string, kind: string, at = new Date()): void {
  prepared(db, `INSERT INTO exported_files (path, kind, written_at) VALUES (?, ?, ?)
    ON CONFLICT (path) DO UPDATE SET kind = excluded.kind, written_at = excluded.written_at`).run(path, kind, at.toISOString());
}

export interface ExportedFileRow {
  readonly path: string;
  readonly kind: string;
}

export const exportedFiles = (db: Db): ExportedFileRow[] =>
  prepared(db, 'SELECT path, kind FROM exported_files ORDER BY path').all() as ExportedFileRow[];

export const forgetExportedFiles = (db: Db): void => {
  prepared(db, 'DELETE FROM exported_files').run();
};

const CLEANUP_STATES = ['done', 'everything', 'logs'] as const;

export interface StatsSnapshotRow {
  readonly eventId: string;
  readonly purgedAt: string;
  readonly stats: unknown;
  /** What is still to do on this desk after the purge's transaction (see cleanup.ts). */
  readonly cleanup: 'done' | 'everything' | 'logs';
}

export function readStatsSnapshot(db: Db): StatsSnapshotRow | undefined {
  const r = prepared(db, 'SELECT event_id, purged_at, stats, cleanup_pending FROM stats_snapshot WHERE id = 1').get() as
    | { event_id: string; purged_at: string; stats: string; cleanup_pending: number }
    | undefined;
  return r && { eventId: r.event_id, purgedAt: r.purged_at, stats: JSON.parse(r.stats) as unknown, cleanup: CLEANUP_STATES[r.cleanup_pending] ?? 'done' };
}

export function writeStatsSnapshot(db: Db, eventId: string, purgedAt: string, stats: unknown): void {
  prepared(db, `INSERT INTO stats_snapshot (id, event_id, purged_at, stats, cleanup_pending) VALUES (1, ?, ?, ?, 1)
    ON CONFLICT (id) DO UPDATE SET event_id = excluded.event_id, purged_at = excluded.purged_at, stats = excluded.stats,
      cleanup_pending = 1`).run(eventId, purgedAt, JSON.stringify(stats));
}

export const markCleanup = (db: Db, left: 'done' | 'logs'): void => {
  prepared(db, 'UPDATE stats_snapshot SET cleanup_pending = ?').run(CLEANUP_STATES.indexOf(left));
};

/** The purge's event type (main/privacy/purge-event.ts). */
export const PURGE_EVENT_TYPE = 'privacy.purged';

/**
 * True when an event is older than a purge already applied here: it must not bring erased data
 * back. Another purge is always applied (two desks purging at once end the same).
 */
export const predatesPurge = (db: Db, e: { type: string; at: string }): boolean =>
  e.type !== PURGE_EVENT_TYPE && prepared(db, 'SELECT 1 FROM stats_snapshot WHERE purged_at > ?').pluck().get(e.at) === 1;

/** Erases every event's payload but the purge's own (the log keeps who did what kind of thing, and when). */
export function eraseEventPayloads(db: Db, keepId: string): number {
  prepared(db, 'INSERT OR IGNORE INTO privacy_erasing (id) VALUES (1)').run();
  try {
    return prepared(db, "UPDATE events SET payload = '{}' WHERE id <> ? AND payload <> '{}'").run(keepId).changes;
  } finally {
    prepared(db, 'DELETE FROM privacy_erasing').run();
  }
}

/**
 * Tables of the main schema whose rows name a person: every table with a foreign key to
 * attendees (check-ins, codes, meetings, print jobs, and any a later feature adds), deepest first.
 */
export function tablesReferencingAttendees(db: Db): string[] {
  const tables = db.prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  return tables.filter((t) =>
    (db.prepare('SELECT "table" FROM pragma_foreign_key_list(?)').pluck().all(t) as string[]).includes('attendees'));
}

/** Rows in a table (for the purge's report). */
export const countRows = (db: Db, table: string): number =>
  db.prepare(`SELECT count(*) FROM main."${table.replaceAll('"', '""')}"`).pluck().get() as number;

export const deleteAllRows = (db: Db, table: string): number =>
  db.prepare(`DELETE FROM main."${table.replaceAll('"', '""')}"`).run().changes;

/** Print jobs written as PDF files into a folder (printer `folder:/path`): the purge erases those files. */
export const folderPrintJobs = (db: Db): { id: string; printer: string }[] =>
  prepared(db, "SELECT id, printer FROM print_jobs WHERE printer LIKE 'folder:%'").all() as { id: string; printer: string }[];
