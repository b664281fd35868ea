import type { Db } from '../../db/open.ts';
import {
  deleteFailure, listFailures, readSyncState, recordFailure, setAppliedStreamSeq,
} from '../../db/queries/sync.ts';
import { apply } from '../events/apply.ts';
import { envelopeSchema, type EventEnvelope } from '../events/envelope.ts';

/** One message as delivered by the stream: its sequence there and the event as JSON. */
export interface RemoteMessage {
  readonly streamSeq: number;
  readonly data: string;
  /** Set when the message could not be decrypted: it is recorded as failed, never applied. */
  readonly unreadable?: string;
}

export interface BatchResult {
  readonly applied: number;
  /** Already known here (this desk's own events, redeliveries). */
  readonly known: number;
  readonly failed: number;
  /** Stream sequence applied up to (stored in SQLite with the events). */
  readonly appliedSeq: number;
  /** A message was missing before this batch: the consumer must restart from appliedSeq + 1. */
  readonly gap: boolean;
}

const decode = (data: string): EventEnvelope => envelopeSchema.parse(JSON.parse(data)) as EventEnvelope;

/**
 * Applies a batch of stream messages in one transaction, together with the stream sequence it
 * reached: a crash either keeps both or neither, so nothing is lost or applied twice. A message
 * that fails to apply is recorded (and retried later) instead of stopping the desk.
 */
export function applyRemoteBatch(db: Db, messages: readonly RemoteMessage[], now = new Date()): BatchResult {
  const known = db.prepare('SELECT 1 FROM events WHERE id = ?').pluck();
  return db
    .transaction((): BatchResult => {
      let appliedSeq = readSyncState(db).appliedStreamSeq;
      let applied = 0;
      let skipped = 0;
      let failed = 0;
      let gap = false;
      for (const m of messages) {
        if (m.streamSeq <= appliedSeq) continue; // a redelivery
        if (m.streamSeq !== appliedSeq + 1) {
          gap = true;
          break;
        }
        appliedSeq = m.streamSeq;
        let event: EventEnvelope | undefined;
        try {
          if (m.unreadable) throw new Error(m.unreadable);
          event = decode(m.data);
          if (known.get(event.id)) {
            skipped++;
            continue;
          }
          if (apply(db, event, 'remote').applied) applied++;
          else skipped++;
        } catch (err) {
          failed++;
          recordFailure(db, {
            streamSeq: m.streamSeq, eventId: event?.id ?? null, type: event?.type ?? null,
            error: err instanceof Error ? err.message : String(err), raw: m.data, at: now.toISOString(),
          });
        }
      }
      setAppliedStreamSeq(db, appliedSeq);
      if (applied > 0) retryFailures(db);
      return { applied, known: skipped, failed, appliedSeq, gap };
    })
    .immediate();
}

/**
 * Tries the recorded failures again: an event that failed because another had not arrived yet
 * applies once that one has. Returns how many now applied.
 */
export function retryFailures(db: Db): number {
  let fixed = 0;
  for (const f of listFailures(db)) {
    try {
      apply(db, decode(f.raw), 'remote');
      deleteFailure(db, f.streamSeq);
      fixed++;
    } catch {
      // Still failing: it stays listed in the status.
    }
  }
  return fixed;
}
