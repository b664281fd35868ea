import { DeliverPolicy, jetstream, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { markPurged, purgedBelowOf } from './purge-mark.ts';

// A GDPR purge is an event a desk publishes (sealed: the hub cannot read it). The desk marks its
// message with a header, and the hub, the only one allowed to purge its stream, removes every
// message before it: the hub then keeps no personal data either, a desk that had not applied the
// purge yet receives it first, and a desk joining later starts from it.

/** Header of the message that carries a `privacy.purged` event (its value: the event id). */
export const PURGE_HEADER = 'Foyer-Purge';

/**
 * Removes the stream's messages before `keepFromSeq` on purpose (after a GDPR purge, whose event
 * is at `keepFromSeq`), and marks it in the stream's description first, so that desks do not take
 * the missing events for a loss and publish them again. Returns how many were removed.
 * Admin only: a desk's identity is refused by nats-server.
 */
export async function purgeStreamBefore(jsm: JetStreamManager, stream: string, keepFromSeq: number): Promise<number> {
  const info = await jsm.streams.info(stream);
  if (purgedBelowOf(info.config.description) < keepFromSeq) {
    await jsm.streams.update(stream, { ...info.config, description: markPurged(info.config.description, keepFromSeq) });
  }
  return (await jsm.streams.purge(stream, { seq: keepFromSeq })).purged;
}

export interface PurgeWatcher {
  /** False once it stopped (connection closed, a purge refused): start another. */
  readonly running: () => boolean;
  /** The creation time of the stream it reads: a stream deleted and made again needs another. */
  readonly created: string;
  readonly stop: () => Promise<void>;
}

/**
 * Reads the stream's headers (never its payloads) from its first message on, and purges below
 * each purge message found above the stream's purge mark.
 */
export async function watchPurges(
  nc: NatsConnection, jsm: JetStreamManager, stream: string, log: (line: string) => void,
): Promise<PurgeWatcher> {
  const { state, created } = await jsm.streams.info(stream);
  const consumer = await jetstream(nc).consumers.get(stream, {
    deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: Math.max(state.first_seq, 1), headers_only: true,
  });
  const messages = await consumer.consume();
  let running = true;
  const loop = (async () => {
    try {
      for await (const m of messages) {
        if (!m.headers?.has(PURGE_HEADER)) continue;
        const info = await jsm.streams.info(stream);
        if (purgedBelowOf(info.config.description) >= m.seq && info.state.first_seq >= m.seq) continue;
        const removed = await purgeStreamBefore(jsm, stream, m.seq);
        log(`foyer hub: personal data purged: removed ${removed} event(s) before the purge from the event log`);
      }
    } catch (err) {
      // Started again by the stream keeper, from the first message: a purge not done is found again.
      log(`foyer hub: could not purge the event log (${err instanceof Error ? err.message : String(err)}); trying again`);
    } finally {
      running = false;
      await messages.close().catch(() => undefined);
    }
  })();
  return {
    created,
    running: () => running,
    stop: async () => {
      await messages.close().catch(() => undefined);
      await loop;
    },
  };
}
