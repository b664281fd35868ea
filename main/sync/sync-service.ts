import { jetstream, type JetStreamClient, type JetStreamManager, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { Db } from '../../db/open.ts';
import {
  readSyncState, resetCursors, setStreamCreated, writeConnection, writeHeartbeat, writeStopped, writeSyncConfig, writeSyncError,
} from '../../db/queries/sync.ts';
import type { BatchResult } from './apply-remote.ts';
import { consumerNameFor, DEFAULT_STREAM, subjectFor, type SyncOptions } from './config.ts';
import { consumeInto, type ConsumeSession } from './consumer.ts';
import { publishPending } from './publisher.ts';
import { HEARTBEAT_MS, type SyncStatus, syncStatus } from './status.ts';
import { ensureConsumer, ensureStream, resetConsumer } from './stream.ts';
import { finishPendingPurge } from '../privacy/cleanup.ts';
import { venueKeys } from './venue-secret.ts';
import { makeWaker } from './waker.ts';

export interface SyncHandle {
  /** Stops publishing and consuming and closes the connection; local work goes on. */
  readonly stop: () => Promise<void>;
  readonly status: () => SyncStatus;
  /** Publish now instead of at the next poll (call after a local change if you like). */
  readonly kick: () => void;
  /** Called after each applied batch of remote events (e.g. to refresh the UI). */
  onBatch?: (r: BatchResult) => void;
}

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * Runs this desk's sync in the background: connects (retrying for ever), publishes local events,
 * applies everyone's. Never blocks local work: check-ins only write SQLite, and the publisher
 * picks them up. Stores the server and desk name so the app can start it again on launch.
 */
export function startSync(db: Db, options: SyncOptions): SyncHandle {
  const servers = [...options.servers];
  writeSyncConfig(db, { servers, desk: options.desk, token: options.token ?? null });
  const { nodeId } = readSyncState(db);
  const stream = options.stream ?? DEFAULT_STREAM;
  const consumerName = consumerNameFor(nodeId);
  // With a venue token every event travels sealed; without one (a test hub), in plain JSON.
  const keys = options.token ? venueKeys(options.token) : null;
  const seal = keys ? keys.seal : (json: string): string => json;
  const read = keys ? keys.open : (data: Uint8Array): string => new TextDecoder().decode(data);
  const waker = makeWaker();
  let stopped = false;
  let nc: NatsConnection | undefined;
  let session: ConsumeSession | undefined;
  // Publishing while disconnected would only wait for a PubAck timeout; wait for the reconnect.
  let online = false;
  const fail = (err: unknown): void => {
    if (!stopped) writeSyncError(db, errorText(err), new Date());
  };

  writeConnection(db, false, null, new Date());
  const heartbeat = setInterval(() => writeHeartbeat(db, new Date()), HEARTBEAT_MS);

  /** Checks the stream (and whether the hub started over) and positions the durable consumer. */
  const prepare = async (jsm: JetStreamManager): Promise<void> => {
    const created = await ensureStream(jsm, stream, options.replicas ?? 1);
    const known = readSyncState(db).streamCreated;
    if (known === null) setStreamCreated(db, created);
    else if (known !== created) resetCursors(db, created);
    await ensureConsumer(jsm, stream, consumerName, readSyncState(db).appliedStreamSeq);
  };

  const consumeLoop = async (conn: NatsConnection, js: JetStreamClient, jsm: JetStreamManager, ready: () => void): Promise<void> => {
    while (!stopped && !conn.isClosed()) {
      try {
        await prepare(jsm);
        ready();
        session = await consumeInto(db, js, stream, consumerName, read, (r) => {
          finishPendingPurge(db); // a purge from another desk: erase the files and VACUUM here too
          handle.onBatch?.(r);
        });
        const end = await session.done;
        if (end.error) fail(end.error);
        if (end.gap && !stopped) await resetConsumer(jsm, stream, consumerName, readSyncState(db).appliedStreamSeq);
      } catch (err) {
        fail(err);
        await waker.sleep(1_000);
      }
    }
  };

  const publishLoop = async (conn: NatsConnection, js: JetStreamClient, isReady: () => boolean): Promise<void> => {
    const subject = subjectFor(stream, nodeId);
    while (!stopped && !conn.isClosed()) {
      if (isReady() && online) {
        try {
          await publishPending(db, js, subject, () => stopped, seal);
        } catch (err) {
          fail(err);
          await waker.sleep(500);
          continue;
        }
      }
      await waker.sleep(options.pollMs ?? 25);
    }
  };

  const watchConnection = async (conn: NatsConnection): Promise<void> => {
    for await (const s of conn.status()) {
      if (stopped) return;
      if (s.type === 'disconnect') {
        online = false;
        writeConnection(db, false, null, new Date());
      } else if (s.type === 'reconnect') {
        online = true;
        writeConnection(db, true, conn.getServer(), new Date());
        waker.wake();
      } else if (s.type === 'error') fail(s.error);
    }
  };

  const main = (async () => {
    while (!stopped) {
      try {
        nc = await connect({
          servers, name: `foyer ${options.desk}`, timeout: 2_000, reconnect: true, maxReconnectAttempts: -1,
          reconnectTimeWait: 250, pingInterval: 2_000, maxPingOut: 2,
          ...(keys ? { token: keys.authToken } : {}),
        });
      } catch (err) {
        fail(err);
        await waker.sleep(1_000);
        continue;
      }
      if (stopped) break;
      const conn = nc;
      online = true;
      writeConnection(db, true, conn.getServer(), new Date());
      let ready = false;
      const js = jetstream(conn);
      let jsm: JetStreamManager;
      try {
        jsm = await jetstreamManager(conn, { checkAPI: false });
      } catch (err) {
        fail(err);
        await conn.close().catch(() => undefined);
        await waker.sleep(1_000);
        continue;
      }
      await Promise.all([
        watchConnection(conn),
        consumeLoop(conn, js, jsm, () => {
          ready = true;
          waker.wake();
        }),
        publishLoop(conn, js, () => ready),
      ]);
    }
  })();

  const handle: SyncHandle = {
    status: () => syncStatus(db),
    kick: () => waker.wake(),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      waker.wake();
      await session?.messages.close().catch(() => undefined);
      await nc?.close().catch(() => undefined);
      await main.catch(() => undefined);
      clearInterval(heartbeat);
      writeStopped(db, new Date());
    },
  };
  return handle;
}
