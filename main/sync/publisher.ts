import { createHash } from 'node:crypto';
import type { JetStreamClient } from '@nats-io/jetstream';
import { headers } from '@nats-io/transport-node';
import type { Db } from '../../db/open.ts';
import { eventsAfter, type StoredEvent } from '../../db/queries/events.ts';
import {
  lastLocalSeq, readStreamMemory, readSyncState, setPublishedSeq, setPublishedStreamSeq, setRestoreSeq,
} from '../../db/queries/sync.ts';
import { PURGE_EVENT } from '../privacy/purge-events.ts';
import { PURGE_HEADER } from './hub-purge.ts';

const BATCH = 200;
/** A PubAck on a LAN takes milliseconds; a lost one is resent soon (the resend is deduplicated). */
const PUBACK_TIMEOUT_MS = 1_500;

/** The message as sent: the JSON as is, or sealed with the venue key. */
export type Seal = (json: string) => string | Uint8Array;

/**
 * Publishes one stored event (its envelope, without this database's seq and origin) under the
 * message id given (the event id, or a restore's); returns its stream sequence. A purge is marked
 * in a header: the hub, which cannot open sealed events, then removes every message before it.
 */
async function publishEvent(js: JetStreamClient, subject: string, seal: Seal, e: StoredEvent, msgID: string): Promise<number> {
  const { seq: _seq, origin: _origin, ...envelope } = e;
  const mark = e.type === PURGE_EVENT ? headers() : undefined;
  mark?.set(PURGE_HEADER, e.id);
  const ack = await js.publish(subject, seal(JSON.stringify(envelope)), { msgID, timeout: PUBACK_TIMEOUT_MS, ...(mark ? { headers: mark } : {}) });
  return ack.seq;
}

/**
 * Sends this desk's own events (origin 'local') to the stream in the order they were written,
 * one at a time so that the stream keeps that order (an undo never overtakes its check-in). The
 * cursor advances only after the stream acknowledged: a lost connection means a resend, which
 * the stream (Nats-Msg-Id) or apply (event id) drops as a duplicate.
 * Returns how many events were sent; throws when the stream cannot be reached.
 */
export async function publishPending(db: Db, js: JetStreamClient, subject: string, shouldStop: () => boolean, seal: Seal): Promise<number> {
  let sent = 0;
  for (;;) {
    const from = readSyncState(db).publishedSeq;
    if (lastLocalSeq(db) <= from) return sent;
    const events = eventsAfter(db, from, BATCH, 'local');
    let acked = from;
    let streamSeq = 0;
    try {
      for (const e of events) {
        if (shouldStop()) return sent;
        streamSeq = await publishEvent(js, subject, seal, e, e.id);
        acked = e.seq;
        sent++;
      }
    } finally {
      if (acked > from) {
        setPublishedSeq(db, acked);
        setPublishedStreamSeq(db, streamSeq);
      }
    }
  }
}

/**
 * Restores the hub from this desk (see hub-check.ts): publishes every event of this log, local or
 * received, in the order it was applied here, up to the restore's target. Its progress is kept in
 * SQLite, so a restore cut by a restart goes on where it stopped. Returns how many were sent.
 */
export async function restorePending(db: Db, js: JetStreamClient, subject: string, shouldStop: () => boolean, seal: Seal): Promise<number> {
  let sent = 0;
  for (;;) {
    const { restoreSeq: from, restoreUntil: until, restoreTag: tag } = readStreamMemory(db);
    if (from === null || until === null) return sent;
    const events = eventsAfter(db, from, BATCH).filter((e) => e.seq <= until);
    if (events.length === 0) {
      setRestoreSeq(db, until);
      return sent;
    }
    let done = from;
    let streamSeq = 0;
    try {
      for (const e of events) {
        if (shouldStop()) return sent;
        streamSeq = await publishEvent(js, subject, seal, e, `${e.id}@${createHash('sha256').update(tag ?? '').digest('hex').slice(0, 12)}`);
        done = e.seq;
        sent++;
      }
    } finally {
      if (done > from) {
        setRestoreSeq(db, done);
        setPublishedStreamSeq(db, streamSeq);
      }
    }
  }
}
