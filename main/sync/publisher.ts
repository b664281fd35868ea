import type { JetStreamClient } from '@nats-io/jetstream';
import type { Db } from '../../db/open.ts';
import { eventsAfter } from '../../db/queries/events.ts';
import { lastLocalSeq, readSyncState, setPublishedSeq, writeSyncError } from '../../db/queries/sync.ts';
import { PURGE_EVENT } from '../privacy/purge-event.ts';
import { purgeStreamBefore } from './purge-stream.ts';

const BATCH = 200;
/** A PubAck on a LAN takes milliseconds; a lost one is resent soon (the resend is deduplicated). */
const PUBACK_TIMEOUT_MS = 1_500;

/**
 * Sends this desk's own events (origin 'local') to the stream in the order they were written,
 * one at a time so that the stream keeps that order (an undo never overtakes its check-in). The
 * cursor advances only after the stream acknowledged: a lost connection means a resend, which
 * the stream (Nats-Msg-Id) or apply (event id) drops as a duplicate.
 * Returns how many events were sent; throws when the stream cannot be reached.
 */
export async function publishPending(
  db: Db,
  js: JetStreamClient,
  subject: string,
  shouldStop: () => boolean,
  /** The message as sent: the JSON as is, or sealed with the venue key. */
  seal: (json: string) => string | Uint8Array,
): Promise<number> {
  let sent = 0;
  for (;;) {
    const from = readSyncState(db).publishedSeq;
    if (lastLocalSeq(db) <= from) return sent;
    const events = eventsAfter(db, from, BATCH, 'local');
    let acked = from;
    try {
      for (const e of events) {
        if (shouldStop()) return sent;
        const { seq: _seq, origin: _origin, ...envelope } = e;
        const ack = await js.publish(subject, seal(JSON.stringify(envelope)), { msgID: e.id, timeout: PUBACK_TIMEOUT_MS });
        if (e.type === PURGE_EVENT && !(await purgeStreamBefore(js, ack.stream, ack.seq))) {
          writeSyncError(db, 'The hub did not remove the events from before the purge (its stream still holds them): purge it there.', new Date());
        }
        acked = e.seq;
        sent++;
      }
    } finally {
      if (acked > from) setPublishedSeq(db, acked);
    }
  }
}
