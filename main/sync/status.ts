import type { Db } from '../../db/open.ts';
import {
  countEventsBetween, countFailures, countUnpublished, listFailures, readStreamMemory, readSyncConfig, readSyncState,
} from '../../db/queries/sync.ts';
import type { HubState } from './hub-check.ts';
import { parsePairing } from './pairing.ts';

/** A service that has not written its heartbeat for this long is considered not running. */
export const HEARTBEAT_MS = 2_000;
const STALE_MS = 5 * HEARTBEAT_MS;

export interface SyncStatus {
  /** A server and desk name are stored (`foyer sync` or the settings screen ran once). */
  readonly configured: boolean;
  readonly servers: readonly string[];
  readonly desk: string | null;
  /** The hub certificate this desk trusts (from its pairing; not secret), or null. */
  readonly fingerprint: string | null;
  /** A sync service wrote its heartbeat recently (in this or another process). */
  readonly running: boolean;
  readonly connected: boolean;
  /**
   * What the connected desk last saw of the hub (null when not connected): 'empty' and 'no-stream'
   * mean the hub holds no events this desk could sync from, so it is not "connected" in any useful way.
   */
  readonly hub: HubState | null;
  /** Events this desk still has to publish again to restore the hub (0 when not restoring). */
  readonly restoring: number;
  /** The server the service is connected to. */
  readonly server: string | null;
  /** ISO time since when this desk has not been connected (null while connected). */
  readonly offlineSince: string | null;
  /** Local events the stream has not acknowledged yet. */
  readonly waitingToSend: number;
  /** Events from other desks that could not be applied (see `failures`). */
  readonly failedEvents: number;
  readonly failures: readonly { streamSeq: number; eventId: string | null; type: string | null; error: string }[];
  readonly lastError: string | null;
  readonly lastErrorAt: string | null;
  readonly appliedStreamSeq: number;
  readonly nodeId: string;
}

const fingerprintOf = (pairing: string | null): string | null => {
  try {
    return pairing ? parsePairing(pairing).fingerprint : null;
  } catch {
    return null;
  }
};

/** The sync status of this desk, read from SQLite (written by the running sync service). Cheap. */
export function syncStatus(db: Db, now = new Date()): SyncStatus {
  const config = readSyncConfig(db);
  const s = readSyncState(db);
  const running = s.heartbeatAt !== null && now.getTime() - Date.parse(s.heartbeatAt) < STALE_MS;
  const connected = running && s.connected;
  const memory = readStreamMemory(db);
  return {
    configured: config !== undefined,
    servers: config?.servers ?? [],
    desk: config?.desk ?? null,
    fingerprint: fingerprintOf(config?.token ?? null),
    running,
    connected,
    hub: connected ? ((memory.hubState as HubState | null) ?? null) : null,
    restoring: memory.restoreSeq === null ? 0 : countEventsBetween(db, memory.restoreSeq, memory.restoreUntil ?? 0),
    server: connected ? s.server : null,
    offlineSince: connected ? null : (s.offlineSince ?? s.heartbeatAt),
    waitingToSend: countUnpublished(db, s.publishedSeq),
    failedEvents: countFailures(db),
    failures: listFailures(db, 20).map(({ streamSeq, eventId, type, error }) => ({ streamSeq, eventId, type, error })),
    lastError: s.lastError,
    lastErrorAt: s.lastErrorAt,
    appliedStreamSeq: s.appliedStreamSeq,
    nodeId: s.nodeId,
  };
}
