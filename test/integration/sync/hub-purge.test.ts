import type { JetStreamManager } from '@nats-io/jetstream';
import { headers } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STREAM, subjectFor } from '../../../main/sync/config.ts';
import { connectHubAdmin } from '../../../main/sync/hub-admin.ts';
import { hubCertificate } from '../../../main/sync/hub-cert.ts';
import { PURGE_HEADER } from '../../../main/sync/hub-purge.ts';
import { purgedBelowOf } from '../../../main/sync/purge-mark.ts';
import { waitFor } from './desks.ts';
import { startNats, type TestNats } from './nats-server.ts';

// The hub removes every message before a purge event (the message with the Foyer-Purge header),
// with its own admin identity, and marks it in the stream so that desks do not restore them.

const TOKEN = 'hub-purge-venue-token-77a0';

describe('a venue hub after a purge event', () => {
  let hub: TestNats;
  beforeAll(async () => {
    hub = await startNats({ token: TOKEN });
  });
  afterAll(async () => {
    await hub.dispose();
  });

  /** Runs a job as the hub's admin (here also to publish: the hub reads only the header). */
  const admin = async <T,>(job: (jsm: JetStreamManager, publish: (purge?: boolean) => Promise<number>) => Promise<T>): Promise<T> => {
    const { nc, jsm } = await connectHubAdmin(hub.url, hub.storeDir, await hubCertificate(hub.storeDir));
    const js = jsm.jetstream();
    const publish = async (purge = false): Promise<number> => {
      const h = headers();
      if (purge) h.set(PURGE_HEADER, 'e1');
      return (await js.publish(subjectFor(DEFAULT_STREAM, 'n1'), 'sealed', { headers: h })).seq;
    };
    try {
      return await job(jsm, publish);
    } finally {
      await nc.close();
    }
  };
  const state = () => admin(async (jsm) => {
    const info = await jsm.streams.info(DEFAULT_STREAM);
    return { first: info.state.first_seq, messages: info.state.messages, purgedBelow: purgedBelowOf(info.config.description) };
  });

  it('removes the messages before it, keeps those after, and marks the purge', async () => {
    const purgeSeq = await admin(async (_jsm, publish) => {
      for (let i = 0; i < 5; i++) await publish();
      const seq = await publish(true);
      await publish();
      return seq;
    });
    await waitFor(async () => (await state()).first === purgeSeq, () => 'the hub to purge its stream');
    expect(await state()).toEqual({ first: purgeSeq, messages: 2, purgedBelow: purgeSeq });
  });

  it('still does so after its stream was deleted and made again', async () => {
    const created = await admin(async (jsm) => {
      const before = (await jsm.streams.info(DEFAULT_STREAM)).created;
      await jsm.streams.delete(DEFAULT_STREAM);
      return before;
    });
    let now = created;
    await waitFor(async () => (now = await admin(async (jsm) => (await jsm.streams.info(DEFAULT_STREAM)).created).catch(() => created)) !== created,
      () => 'the hub to make its stream again', 20_000);
    const purgeSeq = await admin(async (_jsm, publish) => {
      for (let i = 0; i < 3; i++) await publish();
      return publish(true);
    });
    await waitFor(async () => (await state()).first === purgeSeq, () => 'the hub to purge its new stream', 20_000);
    expect(await state()).toEqual({ first: purgeSeq, messages: 1, purgedBelow: purgeSeq });
    expect(now).not.toBe(created);
  }, 60_000);
});
