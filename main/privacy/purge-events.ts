import { join } from 'node:path';
import { z } from 'zod';
import { readConference, writeConference } from '../../db/queries/conference.ts';
import {
  countRows, deleteAllRows, PURGE_EVENT_TYPE, eraseEventPayloads, folderPrintJobs, readStatsSnapshot, recordExportedFile, tablesReferencingAttendees,
  writeStatsSnapshot,
} from '../../db/queries/privacy.ts';
import { clearIndex } from '../../db/queries/search-index.ts';
import type { Db } from '../../db/open.ts';
import { markIndexChanged } from '../../db/search-db.ts';
import { defineReducer, type Reducer } from '../events/reducer.ts';
import { folderOf } from '../print/spoolers/pdf-folder.ts';
import { type StatsSnapshot, statsSnapshotSchema } from './stats-snapshot.ts';

// The purge is an event like any other change, so it reaches every desk through sync, and every
// desk erases the same data when it applies it. Files and VACUUM cannot be part of a transaction:
// the reducer leaves them to finishPendingPurge (cleanup.ts), run right after on each desk.

export const PURGE_EVENT = PURGE_EVENT_TYPE;

export const purgedPayload = z.object({ stats: statsSnapshotSchema });
export type PurgedPayload = z.infer<typeof purgedPayload>;

/** Tables with personal data that do not point at a person (messages, import reports, raw sync failures). */
export const PERSONAL_TABLES = ['help_requests', 'import_batches', 'import_order', 'sync_failures'] as const;

/** Every table the purge empties: those that point at a person, the roster, and PERSONAL_TABLES. */
export const tablesToEmpty = (db: Db): string[] => [...tablesReferencingAttendees(db), 'attendees', 'ticket_codes', ...PERSONAL_TABLES]
  .filter((t, i, all) => all.indexOf(t) === i);

/** Rows each of those tables holds now (what a purge would erase). */
export const personalRowCounts = (db: Db): Record<string, number> =>
  Object.fromEntries(tablesToEmpty(db).map((t) => [t, countRows(db, t)]));

/** The print files of a folder printer are named after the job (pdf-folder.ts via worker.ts): remember their prefix. */
function rememberPrintFiles(db: Db): void {
  for (const job of folderPrintJobs(db)) recordExportedFile(db, join(folderOf(job.printer), `foyer-${job.id}-`), 'print');
}

function erase(db: Db, eventId: string, at: string, payload: PurgedPayload): void {
  rememberPrintFiles(db);
  // Freed pages are overwritten with zeros as they are freed (VACUUM then rewrites the file).
  db.pragma('secure_delete = ON');
  // Tables are emptied in any order; the foreign keys are checked at the commit, when all are empty.
  db.pragma('defer_foreign_keys = ON');
  for (const table of tablesToEmpty(db)) deleteAllRows(db, table);
  eraseEventPayloads(db, eventId);
  clearIndex(db);
  markIndexChanged(db);
  // A desk that joins after the hub's stream was purged learns the conference from this event.
  const stats = payload.stats;
  if (!readConference(db) && stats.conference) {
    writeConference(db, { ...stats.conference, venue: '', logo: null }, null, `${at}|${eventId}`);
  }
  // Two desks purging at once: every desk keeps the same figures, whatever order the purges arrive in
  // (those of the fuller roster, then of the later event), so a second purge cannot blank them.
  const kept = readStatsSnapshot(db);
  if (kept && rankOf(kept.stats as StatsSnapshot, `${kept.purgedAt}|${kept.eventId}`) > rankOf(stats, `${at}|${eventId}`)) {
    writeStatsSnapshot(db, kept.eventId, kept.purgedAt, kept.stats);
  } else writeStatsSnapshot(db, eventId, at, stats);
}

const rankOf = (s: StatsSnapshot, key: string): string =>
  `${String(s.people.registered + s.people.cancelled + s.people.blocked).padStart(12, '0')}|${key}`;

export const privacyReducers: Record<string, Reducer> = {
  [PURGE_EVENT]: defineReducer(purgedPayload, (db, e) => erase(db, e.id, e.at, e.payload)),
};
