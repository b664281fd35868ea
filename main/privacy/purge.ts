import type { Db } from '../../db/open.ts';
import { readConference } from '../../db/queries/conference.ts';
import { readStatsSnapshot } from '../../db/queries/privacy.ts';
import { InputError } from '../errors.ts';
import { apply } from '../events/apply.ts';
import { type Actor, newEvent } from '../events/envelope.ts';
import { type CleanupReport, finishPendingPurge } from './cleanup.ts';
import { PURGE_EVENT, personalRowCounts, type PurgedPayload } from './purge-events.ts';
import { type StatsSnapshot, takeStatsSnapshot } from './stats-snapshot.ts';

export interface PurgeReport {
  /** False when there was nothing left to erase (an earlier purge, nobody imported since). */
  readonly purged: boolean;
  readonly eventId: string;
  readonly at: string;
  readonly erased: {
    /** Rows deleted, by table (people, codes, check-ins, meetings, print jobs, …). */
    readonly rows: Readonly<Record<string, number>>;
    readonly eventPayloads: true;
    readonly searchIndex: true;
    readonly files: readonly string[];
  };
  readonly kept: {
    readonly conference: string;
    readonly eventLog: 'time, type, desk and operator of every event; no payload';
    readonly stats: StatsSnapshot;
  };
  readonly cleanup: CleanupReport | null;
}

/**
 * Erases the personal data of the conference on this desk, and (through the event) on every desk
 * it syncs with. `confirmName` must be the conference's exact name: a purge cannot be undone.
 */
export function purgeConference(db: Db, actor: Actor, confirmName: string): PurgeReport {
  const conference = readConference(db);
  if (!conference) throw new InputError('No event in this database: nothing to purge.');
  if (confirmName !== conference.settings.name) {
    throw new InputError('purge: the confirmation must be the exact conference name (as `foyer event show` prints it); nothing was erased.');
  }
  const rows = personalRowCounts(db);
  const previous = readStatsSnapshot(db);
  const nothingLeft = Object.values(rows).every((n) => n === 0);
  if (previous && nothingLeft) {
    const cleanup = finishPendingPurge(db);
    return report(false, previous.eventId, previous.purgedAt, rows, previous.stats as StatsSnapshot, conference.settings.name, cleanup);
  }
  const payload: PurgedPayload = { stats: takeStatsSnapshot(db) };
  const event = newEvent(actor, PURGE_EVENT, payload);
  apply(db, event);
  const cleanup = finishPendingPurge(db);
  return report(true, event.id, event.at, rows, payload.stats, conference.settings.name, cleanup);
}

const report = (
  purged: boolean, eventId: string, at: string, rows: Record<string, number>, stats: StatsSnapshot, conference: string,
  cleanup: CleanupReport | null,
): PurgeReport => ({
  purged, eventId, at,
  erased: { rows, eventPayloads: true, searchIndex: true, files: cleanup?.filesErased ?? [] },
  kept: { conference, eventLog: 'time, type, desk and operator of every event; no payload', stats },
  cleanup,
});
