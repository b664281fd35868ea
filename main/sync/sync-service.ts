import { jetstream, type JetStreamClient, type JetStreamManager, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Db } from '../../db/open.ts';
import {
  readSyncState, writeConnection, writeHeartbeat, writeHubState, writeStopped, writeSyncConfig, writeSyncError,
} from '../../db/queries/sync.ts';
import type { BatchResult } from './apply-remote.ts';
import { consumerNameFor, DEFAULT_STREAM, subjectFor, type SyncOptions } from './config.ts';
import { consumeInto, type ConsumeSession } from './consumer.ts';
import { connectDesk, PairingError } from './desk-connection.ts';
import { checkHub, hubLooksLossy } from './hub-check.ts';
import { type Pairing, parsePairing } from './pairing.ts';
import { publishPending, restorePending } from './publisher.ts';
import { HEARTBEAT_MS, type SyncStatus, syncStatus } from './status.ts';
import { makeLossGate } from './loss-gate.ts';
import { makeStallWatch } from './stall-watch.ts';
import { dropConsumer, ensureConsumer, ensureStream, resetConsumer, type StreamView, streamView } from './stream.ts';
import { HubImpostorError } from './tls-pin.ts';
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
/** How often a connected desk looks at the stream for lost events (a stream info request). */
const HUB_CHECK_MS = 3_000;
/** A consumer that applied nothing for this long while the stream holds newer events is replaced. */
const STALL_MS = 5_000;
/** A stream that looks as if it lost events must look so for this long before a desk restores it. */
const LOSS_CONFIRM_MS = 5_000;

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
  const firstConsumer = consumerNameFor(nodeId);
  let consumerName = firstConsumer;
  let pairing: Pairing | null = null;
  let badPairing: Error | null = null;
  try {
    pairing = options.token ? parsePairing(options.token) : null;
  } catch (err) {
    badPairing = err instanceof Error ? err : new Error(String(err));
  }
  // With a venue token every event travels sealed; without one (a test hub), in plain JSON.
  const keys = pairing ? venueKeys(pairing.secret) : null;
  const seal = keys ? keys.seal : (json: string): string => json;
  const read = keys ? keys.open : (data: Uint8Array): string => new TextDecoder().decode(data);
  const waker = makeWaker();
  // Its own timer: the app wakes the publisher on every check-in, which must not mean a look at the stream.
  const watchTimer = makeWaker();
  let stopped = false;
  let nc: NatsConnection | undefined;
  let session: ConsumeSession | undefined;
  let reading = false;
  const stall = makeStallWatch(options.stallMs ?? STALL_MS);
  let stalled = false;
  /**
   * Leaves this desk's consumer for a new one, made at SQLite's position: a consumer whose hubs lost
   * their quorum for it (a hub killed while another was restarting) can stay unusable for minutes,
   * and deleting it waits on that same quorum.
   */
  const replaceConsumer = (jsm: JetStreamManager): void => {
    void dropConsumer(jsm, stream, consumerName);
    consumerName = `${firstConsumer}_${Date.now().toString(36)}`;
  };
  // Publishing while disconnected would only wait for a PubAck timeout; wait for the reconnect.
  let online = false;
  // A purge the stream holds and this desk has not applied yet: it is applied before this desk
  // publishes, so that events from before it go out without their personal data (or not at all).
  let purgeInStream = 0;
  const purgeToApply = (): boolean => readSyncState(db).appliedStreamSeq < purgeInStream;
  const fail = (err: unknown): void => {
    if (!stopped) writeSyncError(db, errorText(err), new Date());
  };

  writeConnection(db, false, null, new Date());
  writeHubState(db, null);
  const heartbeat = setInterval(() => writeHeartbeat(db, new Date()), HEARTBEAT_MS);

  const lossGate = makeLossGate(options.lossConfirmMs ?? LOSS_CONFIRM_MS);
  /** The stream as it is; a venue hub (TLS) makes its own, an older or open server lets a desk make it. */
  const look = async (jsm: JetStreamManager): Promise<StreamView | null> => {
    if (!pairing?.fingerprint) await ensureStream(jsm, stream, options.replicas ?? 1);
    const view = await streamView(jsm, stream);
    // A hub just elected can answer with fewer events for a moment (loss-gate.ts): look again first.
    const lossy = view !== null && hubLooksLossy(db, view);
    if (!lossGate.believe(lossy, Date.now()) && lossy) {
      throw new Error('The hub holds fewer events than this desk has seen: looking again before restoring it.');
    }
    purgeInStream = view && view.purgedBelow <= view.lastSeq ? view.purgedBelow : 0;
    return view;
  };

  /** Compares the stream with what this desk knows (hub-check.ts) and positions the durable consumer. */
  const prepare = async (jsm: JetStreamManager, afterGap: boolean): Promise<void> => {
    const check = checkHub(db, await look(jsm));
    if (check.state === 'no-stream') throw new Error('The hub has not created the event log yet: waiting for it.');
    if (check.restoreStarted) waker.wake();
    const { appliedStreamSeq } = readSyncState(db);
    try {
      if (afterGap || check.reposition) await resetConsumer(jsm, stream, consumerName, appliedStreamSeq);
      else await ensureConsumer(jsm, stream, consumerName, appliedStreamSeq);
    } catch (err) {
      replaceConsumer(jsm);
      throw err;
    }
  };

  const consumeLoop = async (conn: NatsConnection, js: JetStreamClient, jsm: JetStreamManager, ready: () => void): Promise<void> => {
    let afterGap = false;
    while (!stopped && !conn.isClosed()) {
      try {
        await prepare(jsm, afterGap);
        afterGap = false;
        ready();
        session = await consumeInto(db, js, stream, consumerName, read, (r) => {
          finishPendingPurge(db); // a purge from another desk: erase the files and VACUUM here too
          handle.onBatch?.(r);
        }).catch((err: unknown) => {
          replaceConsumer(jsm);
          throw err;
        });
        stall.restart(readSyncState(db).appliedStreamSeq, Date.now());
        reading = true;
        const end = await session.done;
        reading = false;
        if (end.error) fail(end.error);
        afterGap = end.gap;
        if (stalled) replaceConsumer(jsm);
        stalled = false;
      } catch (err) {
        fail(err);
        await waker.sleep(1_000);
      }
    }
  };

  /** Looks at the stream every few seconds: a purge or a new empty stream is noticed while connected. */
  const watchHub = async (conn: NatsConnection, jsm: JetStreamManager, isReady: () => boolean): Promise<void> => {
    while (!stopped && !conn.isClosed()) {
      await watchTimer.sleep(options.hubCheckMs ?? HUB_CHECK_MS);
      if (stopped || !online || !isReady()) continue;
      try {
        const view = await look(jsm);
        const check = checkHub(db, view);
        if (check.restoreStarted) waker.wake();
        // The consumer refers to a stream that is gone or went back: start it again from SQLite.
        if (check.reposition || check.state === 'no-stream') await session?.messages.close().catch(() => undefined);
        else if (view && reading && stall.stalled(view.lastSeq, readSyncState(db).appliedStreamSeq, Date.now())) {
          fail(new Error('No events arrived from the hub although it holds newer ones: reading them through a new consumer.'));
          stalled = true;
          await session?.messages.close().catch(() => undefined);
        }
      } catch (err) {
        fail(err);
      }
    }
  };

  const publishLoop = async (conn: NatsConnection, js: JetStreamClient, jsm: JetStreamManager, isReady: () => boolean): Promise<void> => {
    const subject = subjectFor(stream, nodeId);
    while (!stopped && !conn.isClosed()) {
      if (isReady() && online && !purgeToApply() && !lossGate.suspecting()) {
        try {
          // The hub's lost events first, in the order they were applied here; then this desk's new ones.
          if (await restorePending(db, js, subject, () => stopped, seal)) checkHub(db, await look(jsm));
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
      if (badPairing) {
        fail(badPairing);
        return;
      }
      try {
        nc = await connectDesk(servers, options.desk, pairing);
      } catch (err) {
        fail(err);
        // A wrong pairing or an impostor will not change in a second: look again later.
        await waker.sleep(err instanceof PairingError || err instanceof HubImpostorError ? 5_000 : 1_000);
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
        publishLoop(conn, js, jsm, () => ready),
        watchHub(conn, jsm, () => ready),
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
      watchTimer.wake();
      await session?.messages.close().catch(() => undefined);
      await nc?.close().catch(() => undefined);
      await main.catch(() => undefined);
      clearInterval(heartbeat);
      writeStopped(db, new Date());
      writeHubState(db, null);
    },
  };
  return handle;
}
