import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { JetStreamManager } from '@nats-io/jetstream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDb } from '../../../db/open.ts';
import { readStreamMemory, readSyncState } from '../../../db/queries/sync.ts';
import { purgeConference } from '../../../main/privacy/purge.ts';
import { consumerNameFor, DEFAULT_STREAM } from '../../../main/sync/config.ts';
import { connectHubAdmin } from '../../../main/sync/hub-admin.ts';
import { hubCertificate } from '../../../main/sync/hub-cert.ts';
import { PURGE_HEADER } from '../../../main/sync/hub-purge.ts';
import { startSync, type SyncHandle } from '../../../main/sync/sync-service.ts';
import { venueKeys } from '../../../main/sync/venue-secret.ts';
import { tempDir, waitFor } from '../sync/desks.ts';
import { startNats, type TestNats } from '../sync/nats-server.ts';
import { filesUnder, wordsFoundIn } from './bytes.ts';
import { rosterWords, withoutBaseline } from './roster-words.ts';

const DAY = '2019-05-14';
const NAME = 'European Cluster Conference (demo)';
const TOKEN = 'purge-venue-token-5d02a1';

const foyer = (db: string, desk: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, ['bin/foyer.js', '--db', db, '--desk', desk, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const count = (db: Db, sql: string): number => db.prepare(sql).pluck().get() as number;

interface StreamEvent { readonly seq: number; readonly purgeHeader: boolean; readonly type: string; readonly payload: unknown }

// Desks, each with its own folder (database, search file, print folder), synced through a venue hub
// as `foyer hub` runs it: TLS, sealed events, and desks that may not purge the stream (only the
// hub's own admin identity may, which it does when a purge event reaches its stream).
describe('a purge on one desk', () => {
  let hub: TestNats;
  const dirs = { a: tempDir(), b: tempDir(), c: tempDir(), d: tempDir() };
  const paths = { a: join(dirs.a, 'foyer.sqlite'), b: join(dirs.b, 'foyer.sqlite'), c: join(dirs.c, 'foyer.sqlite'), d: join(dirs.d, 'foyer.sqlite') };
  const syncs = new Map<string, SyncHandle>();
  const start = (db: Db, desk: string): void => {
    syncs.set(desk, startSync(db, { servers: [hub.url], desk, token: hub.pairing, pollMs: 20, hubCheckMs: 200 }));
  };
  const stop = async (desk: string): Promise<void> => {
    await syncs.get(desk)?.stop();
    syncs.delete(desk);
  };
  /** Reads the stream as the hub's admin, opening each event with the venue key. */
  const admin = async <T,>(job: (jsm: JetStreamManager) => Promise<T>): Promise<T> => {
    const { nc, jsm } = await connectHubAdmin(hub.url, hub.storeDir, await hubCertificate(hub.storeDir));
    try {
      return await job(jsm);
    } finally {
      await nc.close();
    }
  };
  const streamState = () => admin(async (jsm) => (await jsm.streams.info(DEFAULT_STREAM)).state);
  const streamEvents = () => admin(async (jsm) => {
    const { first_seq: first, last_seq: last } = (await jsm.streams.info(DEFAULT_STREAM)).state;
    const out: StreamEvent[] = [];
    for (let seq = first; seq <= last; seq++) {
      const m = await jsm.streams.getMessage(DEFAULT_STREAM, { seq });
      if (!m) continue;
      const e = JSON.parse(venueKeys(TOKEN).open(m.data)) as { type: string; payload: unknown };
      out.push({ seq, purgeHeader: m.header?.has(PURGE_HEADER) ?? false, type: e.type, payload: e.payload });
    }
    return out;
  });

  beforeAll(async () => {
    hub = await startNats({ token: TOKEN });
  });
  afterAll(async () => {
    for (const desk of [...syncs.keys()]) await stop(desk);
    await hub.dispose();
  });

  it('erases the roster on every desk and in the hub stream; an offline desk restores nothing; a new desk gets the figures', async () => {
    expect(foyer(paths.a, 'Desk A', 'demo', '--start', DAY).code).toBe(0);
    const a = openDb(paths.a);
    const b = openDb(paths.b);
    const c = openDb(paths.c);
    start(a, 'Desk A');
    start(b, 'Desk B');
    start(c, 'Desk C');
    const events = count(a, 'SELECT count(*) FROM events');
    for (const [name, db] of [['B', b], ['C', c]] as const) {
      await waitFor(() => count(db, 'SELECT count(*) FROM events') === events, () => `desk ${name} to catch up (${count(db, 'SELECT count(*) FROM events')} of ${events})`);
    }
    const codes = a.prepare("SELECT c.code FROM ticket_codes c JOIN attendees p ON p.id = c.attendee_id WHERE p.status = 'active' AND p.days IS NULL AND p.id NOT IN (SELECT attendee_id FROM checkins) ORDER BY c.code LIMIT 3").pluck().all() as string[];
    const admitted = count(a, 'SELECT count(*) FROM checkins') + 2;
    // Each desk admits someone and prints a badge into its own PDF folder.
    for (const [desk, path, dir, code] of [['Desk A', paths.a, dirs.a, codes[0]], ['Desk B', paths.b, dirs.b, codes[1]]] as const) {
      expect(foyer(path, desk, 'checkin', code as string, '--day', DAY).code).toBe(0);
      mkdirSync(join(dir, 'print'));
      const printed = foyer(path, desk, 'print', 'badge', code as string, '--printer', `folder:${join(dir, 'print')}`);
      expect(printed.code, printed.err).toBe(0);
    }
    await waitFor(() => [a, b, c].every((db) => count(db, 'SELECT count(*) FROM checkins') === admitted), () => `the check-ins to cross (${[a, b, c].map((db) => `${count(db, 'SELECT count(*) FROM checkins')} ${readSyncState(db).lastError ?? ''}`).join(', ')})`);
    await waitFor(() => [b, c].every((db) => count(db, 'SELECT count(*) FROM events') === count(a, 'SELECT count(*) FROM events')), () => 'every desk to have every event');

    // Desk C goes offline with the whole log, and admits someone there (an event not sent yet).
    await stop('Desk C');
    const offline = foyer(paths.c, 'Desk C', 'checkin', codes[2] as string, '--day', DAY);
    expect(offline.code, offline.out + offline.err).toBe(0);

    const emptyDir = tempDir();
    expect(foyer(join(emptyDir, 'foyer.sqlite'), 'X', 'event', 'create', '--name', NAME, '--start', DAY).code).toBe(0);
    const words = withoutBaseline(rosterWords(a), join(emptyDir, 'foyer.sqlite'));
    const deskFiles = (): string[] => [...filesUnder(dirs.a), ...filesUnder(dirs.b)];
    expect(wordsFoundIn(deskFiles(), words).length).toBeGreaterThan(0);
    expect((await streamState()).messages).toBe(count(a, 'SELECT count(*) FROM events'));

    const report = purgeConference(a, { desk: 'Desk A', operator: 'organiser' }, NAME);
    expect(report.erased.rows.attendees).toBe(450);
    const purgeId = report.eventId;

    // Desk B applies the purge (and VACUUMs) when it arrives; the hub removes everything before it.
    await waitFor(() => count(b, 'SELECT count(*) FROM attendees') === 0 && count(b, 'SELECT cleanup_pending FROM stats_snapshot') === 0,
      () => `desk B to purge (${count(b, 'SELECT count(*) FROM attendees')} people left)`);
    let held = 0;
    await waitFor(async () => (held = (await streamState()).messages) === 1, () => `the hub to purge its stream (${held} messages)`);
    const [purge] = await streamEvents();
    expect(purge).toMatchObject({ type: 'privacy.purged', purgeHeader: true });
    const purgeSeq = (purge as StreamEvent).seq;
    expect(wordsFoundIn(filesUnder(hub.storeDir), words)).toEqual([]);
    // The desk that purged was never refused anything: no false sync error.
    expect(readSyncState(a).lastError).toBeNull();

    expect(b.prepare('SELECT stats FROM stats_snapshot').pluck().get()).toBe(a.prepare('SELECT stats FROM stats_snapshot').pluck().get());
    expect(readdirSync(join(dirs.a, 'print'))).toEqual([]);
    expect(readdirSync(join(dirs.b, 'print'))).toEqual([]);
    expect(wordsFoundIn(deskFiles(), words)).toEqual([]);

    // Desk C comes back with the old log: it takes the purge as intended (no restore), applies it
    // before it sends anything, so its offline check-in goes out without its personal data.
    start(c, 'Desk C');
    await waitFor(() => count(c, 'SELECT count(*) FROM attendees') === 0 && count(c, 'SELECT cleanup_pending FROM stats_snapshot') === 0,
      () => `desk C to purge (${count(c, 'SELECT count(*) FROM attendees')} people left)`);
    await waitFor(() => syncs.get('Desk C')?.status().waitingToSend === 0, () => 'desk C to send its check-in');
    const consumer = consumerNameFor(readSyncState(c).nodeId);
    const created = await admin(async (jsm) => (await jsm.consumers.info(DEFAULT_STREAM, consumer)).created);
    await new Promise((r) => setTimeout(r, 1_500)); // several looks at the hub (every 200 ms)
    for (const db of [a, b, c]) expect(readStreamMemory(db)).toMatchObject({ restoreSeq: null, hubState: 'ok' });
    expect(await admin(async (jsm) => (await jsm.consumers.info(DEFAULT_STREAM, consumer)).created)).toBe(created);
    const after = await streamEvents();
    expect(after[0]).toMatchObject({ seq: purgeSeq, type: 'privacy.purged' });
    expect(after.slice(1).map((e) => [e.type, e.payload])).toEqual([['checkin.recorded', {}]]);
    expect(wordsFoundIn([...filesUnder(dirs.c), ...filesUnder(hub.storeDir)], words)).toEqual([]);

    // A desk that joins afterwards receives the purge onwards, and shows the figures it kept.
    const d = openDb(paths.d);
    start(d, 'Desk D');
    await waitFor(() => count(d, 'SELECT count(*) FROM stats_snapshot') === 1, () => 'desk D to receive the purge');
    await waitFor(() => count(d, 'SELECT count(*) FROM events') === after.length, () => `desk D to have the stream's ${after.length} event(s)`);
    expect(d.prepare('SELECT id FROM events ORDER BY seq LIMIT 1').pluck().get()).toBe(purgeId);
    for (const desk of [...syncs.keys()]) await stop(desk);
    const shown = foyer(paths.d, 'Desk D', 'event', 'show', '--json');
    expect(shown.code, shown.err).toBe(0);
    const kept = (JSON.parse(shown.out) as { keptStatistics: unknown }).keptStatistics;
    expect(kept).toEqual(JSON.parse(a.prepare('SELECT stats FROM stats_snapshot').pluck().get() as string));
    expect(kept).toMatchObject({ people: { registered: expect.any(Number) as number } });
    for (const db of [a, b, c, d]) db.close();
  }, 240_000);
});
