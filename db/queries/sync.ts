import { randomUUID } from 'node:crypto';
import type { Db } from '../handle.ts';

export interface SyncConfig {
  readonly servers: readonly string[];
  readonly desk: string;
  /** The hub's authorization token; null for a hub without one. */
  readonly token: string | null;
}

export interface SyncStateRow {
  readonly nodeId: string;
  readonly publishedSeq: number;
  readonly appliedStreamSeq: number;
  readonly streamCreated: string | null;
  readonly connected: boolean;
  readonly server: string | null;
  readonly offlineSince: string | null;
  readonly lastError: string | null;
  readonly lastErrorAt: string | null;
  readonly heartbeatAt: string | null;
}

export interface SyncFailure {
  readonly streamSeq: number;
  readonly eventId: string | null;
  readonly type: string | null;
  readonly error: string;
  readonly raw: string;
  readonly at: string;
  readonly attempts: number;
}

export function readSyncConfig(db: Db): SyncConfig | undefined {
  const r = db.prepare('SELECT servers, desk, token FROM sync_config WHERE id = 1').get() as
    | { servers: string; desk: string; token: string | null }
    | undefined;
  return r && { servers: JSON.parse(r.servers) as string[], desk: r.desk, token: r.token };
}

export function writeSyncConfig(db: Db, c: SyncConfig, now = new Date()): void {
  db.prepare(
    `INSERT INTO sync_config (id, servers, desk, token, updated_at) VALUES (1, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET servers = excluded.servers, desk = excluded.desk, token = excluded.token,
       updated_at = excluded.updated_at`,
  ).run(JSON.stringify(c.servers), c.desk, c.token, now.toISOString());
}

/** The sync state row, created on first use with a fresh node id. */
export function readSyncState(db: Db): SyncStateRow {
  const select = db.prepare(
    `SELECT node_id AS nodeId, published_seq AS publishedSeq, applied_stream_seq AS appliedStreamSeq,
            stream_created AS streamCreated, connected, server, offline_since AS offlineSince,
            last_error AS lastError, last_error_at AS lastErrorAt, heartbeat_at AS heartbeatAt
     FROM sync_state WHERE id = 1`,
  );
  let row = select.get() as (Omit<SyncStateRow, 'connected'> & { connected: number }) | undefined;
  if (!row) {
    if (db.readonly) return { nodeId: '', publishedSeq: 0, appliedStreamSeq: 0, streamCreated: null, connected: false, server: null, offlineSince: null, lastError: null, lastErrorAt: null, heartbeatAt: null };
    db.prepare('INSERT INTO sync_state (id, node_id) VALUES (1, ?) ON CONFLICT (id) DO NOTHING').run(randomUUID().replaceAll('-', ''));
    row = select.get() as Omit<SyncStateRow, 'connected'> & { connected: number };
  }
  return { ...row, connected: row.connected === 1 };
}

export function setPublishedSeq(db: Db, seq: number): void {
  db.prepare('UPDATE sync_state SET published_seq = max(published_seq, ?) WHERE id = 1').run(seq);
}

export function setAppliedStreamSeq(db: Db, seq: number): void {
  db.prepare('UPDATE sync_state SET applied_stream_seq = ? WHERE id = 1').run(seq);
}

/** A different stream incarnation (the hub lost its store): every cursor into the stream starts over. */
export function resetCursors(db: Db, streamCreated: string): void {
  db.prepare(
    `UPDATE sync_state SET published_seq = 0, applied_stream_seq = 0, published_stream_seq = 0, stream_first_seq = 0,
       stream_created = ? WHERE id = 1`,
  ).run(streamCreated);
}

export function setStreamCreated(db: Db, streamCreated: string): void {
  db.prepare('UPDATE sync_state SET stream_created = ? WHERE id = 1').run(streamCreated);
}

export function writeConnection(db: Db, connected: boolean, server: string | null, now: Date): void {
  db.prepare(
    `UPDATE sync_state SET connected = ?, server = ?, heartbeat_at = ?,
       offline_since = CASE WHEN ? THEN NULL ELSE coalesce(offline_since, ?) END WHERE id = 1`,
  ).run(connected ? 1 : 0, server, now.toISOString(), connected ? 1 : 0, now.toISOString());
}

export function writeHeartbeat(db: Db, now: Date): void {
  db.prepare('UPDATE sync_state SET heartbeat_at = ? WHERE id = 1').run(now.toISOString());
}

/** The service stopped: nobody is connected on behalf of this desk any more. */
export function writeStopped(db: Db, now: Date): void {
  db.prepare(
    'UPDATE sync_state SET connected = 0, server = NULL, heartbeat_at = NULL, offline_since = coalesce(offline_since, ?) WHERE id = 1',
  ).run(now.toISOString());
}

export function writeSyncError(db: Db, message: string, now: Date): void {
  db.prepare('UPDATE sync_state SET last_error = ?, last_error_at = ? WHERE id = 1').run(message.slice(0, 2000), now.toISOString());
}

/** Local events the stream has not acknowledged yet. */
export function countUnpublished(db: Db, publishedSeq: number): number {
  return db.prepare("SELECT count(*) FROM events WHERE origin = 'local' AND seq > ?").pluck().get(publishedSeq) as number;
}

/** Walks the log backwards from its end to the newest local event (no index on origin needed). */
export function lastLocalSeq(db: Db): number {
  return (db.prepare("SELECT seq FROM events WHERE origin = 'local' ORDER BY seq DESC LIMIT 1").pluck().get() as number | undefined) ?? 0;
}

export function recordFailure(db: Db, f: Omit<SyncFailure, 'attempts'>): void {
  db.prepare(
    `INSERT INTO sync_failures (stream_seq, event_id, type, error, raw, at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (stream_seq) DO UPDATE SET error = excluded.error, at = excluded.at, attempts = attempts + 1`,
  ).run(f.streamSeq, f.eventId, f.type, f.error.slice(0, 2000), f.raw, f.at);
}

export function listFailures(db: Db, limit = 1000): SyncFailure[] {
  return db
    .prepare(
      `SELECT stream_seq AS streamSeq, event_id AS eventId, type, error, raw, at, attempts
       FROM sync_failures ORDER BY stream_seq LIMIT ?`,
    )
    .all(limit) as SyncFailure[];
}

export function countFailures(db: Db): number {
  return db.prepare('SELECT count(*) FROM sync_failures').pluck().get() as number;
}

export function deleteFailure(db: Db, streamSeq: number): void {
  db.prepare('DELETE FROM sync_failures WHERE stream_seq = ?').run(streamSeq);
}

/** What a desk knows about the stream, to tell when the hub lost events (see main/sync/hub-check.ts). */
export interface StreamMemory {
  readonly publishedStreamSeq: number;
  readonly streamFirstSeq: number;
  /** events.seq re-published so far while restoring the hub; null when not restoring. */
  readonly restoreSeq: number | null;
  readonly restoreUntil: number | null;
  /** Names the loss being restored: every desk restoring the same loss publishes under the same ids. */
  readonly restoreTag: string | null;
  readonly hubState: string | null;
}

export function readStreamMemory(db: Db): StreamMemory {
  readSyncState(db); // creates the row on first use
  const row = db
    .prepare(
      `SELECT published_stream_seq AS publishedStreamSeq, stream_first_seq AS streamFirstSeq, restore_seq AS restoreSeq,
              restore_until AS restoreUntil, restore_tag AS restoreTag, hub_state AS hubState FROM sync_state WHERE id = 1`,
    )
    .get() as StreamMemory | undefined;
  return row ?? { publishedStreamSeq: 0, streamFirstSeq: 0, restoreSeq: null, restoreUntil: null, restoreTag: null, hubState: null };
}

/** The stream sequence a PubAck gave this desk's publish (only ever moves forward). */
export function setPublishedStreamSeq(db: Db, seq: number): void {
  db.prepare('UPDATE sync_state SET published_stream_seq = max(published_stream_seq, ?) WHERE id = 1').run(seq);
}

/** The stream went back (a hub restored from an older copy): cursors beyond its end are pulled back. */
export function clampStreamCursors(db: Db, lastSeq: number): void {
  db.prepare(
    `UPDATE sync_state SET applied_stream_seq = min(applied_stream_seq, ?), published_stream_seq = min(published_stream_seq, ?)
     WHERE id = 1`,
  ).run(lastSeq, lastSeq);
}

export function setStreamFirstSeq(db: Db, seq: number): void {
  db.prepare('UPDATE sync_state SET stream_first_seq = ? WHERE id = 1').run(seq);
}

/** Starts a restore of the hub (again from the start): every event of this log up to `until` is published again. */
export function startRestore(db: Db, until: number, tag: string): void {
  // The restore sends this desk's own events up to `until` too: the usual publisher goes on after them.
  db.prepare(
    'UPDATE sync_state SET restore_seq = 0, restore_until = ?, restore_tag = ?, published_seq = max(published_seq, ?) WHERE id = 1',
  ).run(until, tag, until);
}

/** Records restore progress; the restore ends once it reaches its target. */
export function setRestoreSeq(db: Db, seq: number): void {
  db.prepare(
    `UPDATE sync_state SET restore_seq = CASE WHEN ? >= restore_until THEN NULL ELSE ? END,
       restore_until = CASE WHEN ? >= restore_until THEN NULL ELSE restore_until END WHERE id = 1`,
  ).run(seq, seq, seq);
}

export function writeHubState(db: Db, state: string | null): void {
  db.prepare('UPDATE sync_state SET hub_state = ? WHERE id = 1').run(state);
}

/** The last events.seq of this log (0 when empty). */
export function lastEventSeq(db: Db): number {
  return (db.prepare('SELECT max(seq) FROM events').pluck().get() as number | null) ?? 0;
}

/** Events with seq in (from, until]: what a restore still has to send. */
export function countEventsBetween(db: Db, from: number, until: number): number {
  return db.prepare('SELECT count(*) FROM events WHERE seq > ? AND seq <= ?').pluck().get(from, until) as number;
}
