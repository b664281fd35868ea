import type { JetStreamClient } from '@nats-io/jetstream';

/**
 * After a purge event reached the stream: removes every message before it, so the hub keeps no
 * personal data either (desks that had not applied them yet receive the purge event first, and a
 * desk joining later starts from it). Returns false when the stream refused (e.g. a desk without
 * the permission to purge): the caller records it, the purge itself stands on every desk.
 */
export async function purgeStreamBefore(js: JetStreamClient, stream: string, seq: number): Promise<boolean> {
  try {
    const jsm = await js.jetstreamManager();
    await jsm.streams.purge(stream, { seq });
    return true;
  } catch {
    return false;
  }
}
