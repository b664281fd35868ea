import {
  AckPolicy, DeliverPolicy, DiscardPolicy, JetStreamApiCodes, JetStreamApiError, type JetStreamManager, RetentionPolicy, StorageType,
} from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { subjectRootFor } from './config.ts';
import { purgedBelowOf } from './purge-mark.ts';

/**
 * Creates the stream every desk publishes to, unless it exists. Limits retention with no limits:
 * the stream is the venue's whole event log, and a new desk catches up from its first message.
 * Returns the stream's creation time, which tells desks whether the hub started over.
 */
export async function ensureStream(jsm: JetStreamManager, name: string, replicas: number): Promise<string> {
  try {
    return (await jsm.streams.info(name)).created;
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
  const info = await jsm.streams.add({
    name,
    subjects: [`${subjectRootFor(name)}.>`],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    num_replicas: replicas,
    duplicate_window: 2 * 60 * 1_000_000_000, // ns; real idempotency lives in SQLite
  });
  return info.created;
}

/**
 * A hub removes a desk consumer nobody pulled from for this long: a desk that replaced its consumer
 * (see sync-service.ts) leaves the old one behind, and a desk away for longer makes a new one.
 */
const CONSUMER_IDLE_MS = 10 * 60 * 1_000;

/** Said when a clustered stream or consumer has no leader: the hubs holding it are electing one, or too few of them run. */
export class NoLeaderError extends Error {
  constructor(what: string) {
    super(`${what} has no leader right now (a hub is down or starting): waiting for the hubs to elect one.`);
    this.name = 'NoLeaderError';
  }
}

/** A clustered stream or consumer answered by a replica (no leader elected), whose numbers may lag far behind. */
const leaderless = (info: { cluster?: { leader?: string } }): boolean => info.cluster !== undefined && !info.cluster.leader;

/**
 * The durable consumer of one desk, positioned just after the last stream sequence this desk
 * applied (SQLite is the source of truth). A consumer that is ahead of SQLite (a restored
 * database) is recreated; one that is behind is kept and its redeliveries are skipped.
 */
export async function ensureConsumer(jsm: JetStreamManager, stream: string, name: string, appliedSeq: number): Promise<void> {
  try {
    const info = await jsm.consumers.info(stream, name);
    // Its hubs lost their quorum for it: nothing would be delivered (the caller takes another consumer).
    if (leaderless(info)) throw new NoLeaderError(`This desk's reader of the event log (${name})`);
    if (info.ack_floor.stream_seq <= appliedSeq && info.delivered.stream_seq <= appliedSeq) return;
    await jsm.consumers.delete(stream, name);
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
  await jsm.consumers.add(stream, {
    durable_name: name,
    ack_policy: AckPolicy.All,
    max_ack_pending: 20_000,
    inactive_threshold: nanos(CONSUMER_IDLE_MS),
    ...(appliedSeq > 0
      ? { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: appliedSeq + 1 }
      : { deliver_policy: DeliverPolicy.All }),
  });
}

/** Removes a consumer this desk no longer reads from; a hub that cannot do it now drops it once idle. */
export async function dropConsumer(jsm: JetStreamManager, stream: string, name: string): Promise<void> {
  await jsm.consumers.delete(stream, name).catch(() => undefined);
}

/** Deletes and recreates the consumer at the given position (after a gap in delivery). */
export async function resetConsumer(jsm: JetStreamManager, stream: string, name: string, appliedSeq: number): Promise<void> {
  try {
    await jsm.consumers.delete(stream, name);
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
  await ensureConsumer(jsm, stream, name, appliedSeq);
}

const isNotFound = (err: unknown): boolean =>
  err instanceof JetStreamApiError &&
  (err.code === JetStreamApiCodes.StreamNotFound || err.code === JetStreamApiCodes.ConsumerNotFound);

/** What a desk needs to know about the stream to tell whether the hub lost events. */
export interface StreamView {
  /** Creation time: a new value means the stream was deleted and made again. */
  readonly created: string;
  readonly firstSeq: number;
  readonly lastSeq: number;
  readonly messages: number;
  /** Messages below this sequence were removed on purpose (see hub-purge.ts purgeStreamBefore). */
  readonly purgedBelow: number;
}

/**
 * The stream as it is now, or null when it does not exist (yet). Throws NoLeaderError while a
 * clustered stream has no leader: one of its replicas answers then, maybe a hub that just restarted
 * and holds only old events, which a desk would take for a hub that lost the newer ones.
 */
export async function streamView(jsm: JetStreamManager, name: string): Promise<StreamView | null> {
  try {
    const info = await jsm.streams.info(name);
    if (leaderless(info)) throw new NoLeaderError('The event log');
    const { first_seq: firstSeq, last_seq: lastSeq, messages } = info.state;
    return { created: info.created, firstSeq, lastSeq, messages, purgedBelow: purgedBelowOf(info.config.description) };
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}
