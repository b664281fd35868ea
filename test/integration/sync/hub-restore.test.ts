import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/open.ts';
import { checkIn } from '../../../main/checkin/checkin.ts';
import { purgeHubStream } from '../../../main/sync/hub.ts';
import { connectHubAdmin } from '../../../main/sync/hub-admin.ts';
import { hubCertificate } from '../../../main/sync/hub-cert.ts';
import { startSync, type SyncHandle } from '../../../main/sync/sync-service.ts';
import { DAY, eventCount, openDesk, seedEvent, snapshot, tempDir, waitFor } from './desks.ts';
import { startNats, type TestNats } from './nats-server.ts';

// Every desk is a backup of the hub: someone wipes the stream (a purge with the hub's admin
// password, or the stream deleted and made again empty) and the desks put the event back.

const TOKEN = 'restore-venue-token-19e4c7';
const FOYER = join(import.meta.dirname, '../../../bin/foyer.js');

interface Desk {
  readonly name: string;
  db: Db;
  sync?: SyncHandle;
}

describe('desks restore a hub that lost its events', () => {
  let hub: TestNats;
  let dir: string;
  const desks: Desk[] = [];

  beforeAll(async () => {
    hub = await startNats({ token: TOKEN });
    dir = tempDir();
  });
  afterAll(async () => {
    for (const d of desks) {
      await d.sync?.stop();
      d.db.close();
    }
    await hub.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const open = (name: string): Desk => {
    const d: Desk = { name, db: openDesk(dir, name) };
    desks.push(d);
    return d;
  };
  const start = (d: Desk): SyncHandle => {
    d.sync = startSync(d.db, { servers: [hub.url], desk: d.name, token: hub.pairing, hubCheckMs: 200 });
    return d.sync;
  };
  const stop = async (d: Desk): Promise<void> => {
    await d.sync?.stop();
    delete d.sync;
  };
  /** The hub's own admin identity: the only one that can purge or delete the stream. */
  const admin = async <T,>(job: (jsm: Awaited<ReturnType<typeof connectHubAdmin>>['jsm']) => Promise<T>): Promise<T> => {
    const { nc, jsm } = await connectHubAdmin(hub.url, hub.storeDir, await hubCertificate(hub.storeDir));
    try {
      return await job(jsm);
    } finally {
      await nc.close();
    }
  };
  const streamMessages = (): Promise<number> => admin(async (jsm) => (await jsm.streams.info('FOYER')).state.messages);
  const admit = (d: Desk, from: number, to: number): void => {
    for (let i = from; i < to; i++) expect(checkIn(d.db, { desk: d.name, operator: 'op' }, { target: { code: `T${i}` }, day: DAY }).outcome).toBe('admitted');
  };
  const sameCount = (all: Desk[], n: () => number) => (): boolean => all.every((d) => eventCount(d.db) === n());

  it('re-publishes the whole log after a purge, and a new desk then receives the whole event', async () => {
    const one = open('Desk 1');
    const two = open('Desk 2');
    seedEvent(one.db, { desk: 'Desk 1', operator: 'lead' }, 600);
    start(one);
    start(two);
    const roster = eventCount(one.db);
    await waitFor(sameCount([two], () => roster), () => `${eventCount(two.db)} of ${roster}`);
    admit(two, 0, 30); // events that only desk 2 wrote
    const total = roster + 30;
    await waitFor(sameCount([one, two], () => total), () => `${eventCount(one.db)} / ${eventCount(two.db)} of ${total}`);
    await waitFor(async () => (await streamMessages()) === total, () => 'all published');

    // Someone with the hub's admin password wipes the stream: every message gone.
    await admin((jsm) => jsm.streams.purge('FOYER'));
    await waitFor(async () => (await streamMessages()) >= total, () => `the desks to restore the hub: ${JSON.stringify(one.sync?.status())}`, 60_000);
    // Restored once: the stream dropped the second desk's copies (same event ids).
    expect(await streamMessages()).toBe(total);
    await waitFor(() => one.sync?.status().hub === 'ok' && two.sync?.status().hub === 'ok', () => JSON.stringify(one.sync?.status()));

    const three = open('Desk 3');
    start(three);
    await waitFor(sameCount([three], () => total), () => `${eventCount(three.db)} of ${total}`, 60_000);
    expect(snapshot(three.db)).toEqual(snapshot(one.db));
    expect(three.db.prepare('SELECT count(*) FROM checkins').pluck().get()).toBe(30);
  });

  it('tells a new desk that the hub has no events, until a desk comes back and restores it', async () => {
    const [one, two, three] = desks as [Desk, Desk, Desk];
    for (const d of [one, two, three]) await stop(d);
    const total = eventCount(one.db);
    // The stream deleted; the hub makes it again, empty (it alone may create it).
    const before = await admin(async (jsm) => (await jsm.streams.info('FOYER')).created);
    await admin((jsm) => jsm.streams.delete('FOYER'));
    await waitFor(async () => admin(async (jsm) => (await jsm.streams.info('FOYER').catch(() => null))?.created !== undefined), () => 'the hub to make its stream again', 20_000);
    expect(await admin(async (jsm) => (await jsm.streams.info('FOYER')).created)).not.toBe(before);

    const fresh = open('Desk 4');
    const sync = start(fresh);
    await waitFor(() => sync.status().hub === 'empty', () => JSON.stringify(sync.status()));
    expect(sync.status()).toMatchObject({ connected: true, hub: 'empty' });
    expect(eventCount(fresh.db)).toBe(0);
    // `foyer sync status`, from another process, says so too.
    const text = execFileSync(process.execPath, [FOYER, '--db', join(dir, 'Desk-4.sqlite'), 'sync', 'status'], { encoding: 'utf8' });
    expect(text).toMatch(/Hub: +hub has no events: waiting for a desk to restore it/);

    // Desk 2 comes back: it knew a stream that is gone, and gives the hub its whole log.
    start(two);
    await waitFor(sameCount([fresh], () => total), () => `${eventCount(fresh.db)} of ${total}`, 60_000);
    expect(snapshot(fresh.db)).toEqual(snapshot(one.db));
    await waitFor(() => sync.status().hub === 'ok', () => JSON.stringify(sync.status()));
    expect(await streamMessages()).toBe(total);
  });

  it('leaves alone the events the hub removed on purpose (purgeHubStream, e.g. after a GDPR purge)', async () => {
    const [, two] = desks as [Desk, Desk];
    const total = await streamMessages();
    const keepFrom = total - 9;
    // The stream's sequences start at 1 after it was made again: keep the last 10 messages.
    expect(await purgeHubStream({ storeDir: hub.storeDir, port: hub.port }, keepFrom)).toBe(total - 10);
    await new Promise((r) => setTimeout(r, 1_500)); // several of the desks' checks (every 200 ms)
    expect(await streamMessages()).toBe(10);
    expect(two.sync?.status()).toMatchObject({ hub: 'ok', restoring: 0 });
  });
});
