import type { ConsumerMessages, JetStreamClient, JsMsg } from '@nats-io/jetstream';
import type { Db } from '../../db/open.ts';
import { applyRemoteBatch, type BatchResult, type RemoteMessage } from './apply-remote.ts';

export interface ConsumeSession {
  readonly messages: ConsumerMessages;
  /** Resolves when the subscription ends; with `gap` when it must restart from SQLite's position. */
  readonly done: Promise<{ gap: boolean; error?: Error }>;
}

const MAX_BATCH = 500;
const PULL_EXPIRES_MS = 5_000;

/** A stream message as text: plain, or opened with the venue key (see venue-secret.ts). */
export type ReadMessage = (data: Uint8Array) => string;

function toRemote(m: JsMsg, read: ReadMessage): RemoteMessage {
  try {
    return { streamSeq: m.seq, data: read(m.data) };
  } catch (err) {
    return { streamSeq: m.seq, data: '', unreadable: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * Pulls everyone's events from this desk's durable consumer and applies them in batches: the
 * messages that arrive together are applied in one SQLite transaction (fast catch-up), then
 * acknowledged with one ack (AckPolicy.All) after the commit.
 */
export async function consumeInto(
  db: Db,
  js: JetStreamClient,
  stream: string,
  consumer: string,
  read: ReadMessage,
  onBatch: (r: BatchResult) => void,
): Promise<ConsumeSession> {
  const c = await js.consumers.get(stream, consumer);
  let buffer: JsMsg[] = [];
  let scheduled = false;
  let resolveDone: (v: { gap: boolean; error?: Error }) => void = () => undefined;
  const done = new Promise<{ gap: boolean; error?: Error }>((resolve) => (resolveDone = resolve));
  let finished = false;

  const flush = (): void => {
    scheduled = false;
    if (buffer.length === 0 || finished) return;
    const batch = buffer;
    buffer = [];
    let result: BatchResult;
    try {
      result = applyRemoteBatch(db, batch.map((m) => toRemote(m, read)));
    } catch (err) {
      // SQLite itself failed (disk full, locked too long): stop, and start over from SQLite's position.
      finished = true;
      resolveDone({ gap: true, error: err instanceof Error ? err : new Error(String(err)) });
      void messages.close();
      return;
    }
    onBatch(result);
    if (!result.gap) (batch.at(-1) as JsMsg).ack();
    else {
      finished = true;
      resolveDone({ gap: true });
      void messages.close();
    }
  };

  const messages = await c.consume({
    max_messages: 1_000,
    // Short pulls (heartbeat every 2.5 s): when the hub serving them dies, a desk notices within
    // seconds and pulls again through another node, instead of waiting out the 30 s default.
    expires: PULL_EXPIRES_MS,
    // A consumer deleted under it (a hub restored from an older copy, an operator) ends the session,
    // and the desk makes it again at SQLite's position, instead of waiting for it to come back.
    abort_on_missing_resource: true,
    callback: (m) => {
      buffer.push(m);
      if (buffer.length >= MAX_BATCH) flush();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
  });
  void messages.closed().then((r) => {
    if (finished) return;
    finished = true;
    resolveDone(r instanceof Error ? { gap: false, error: r } : { gap: false });
  });
  return { messages, done };
}
