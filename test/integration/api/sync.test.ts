import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSyncConfig } from '../../../db/queries/sync.ts';
import type { LiveUpdate } from '../../../main/api/contract.ts';
import { createApi } from '../../../main/api/handlers.ts';
import { type FoyerHttpServer, startHttpServer } from '../../../main/api/http.ts';
import { checkIn } from '../../../main/checkin/checkin.ts';
import { syncStatus } from '../../../main/sync/status.ts';
import { DEFAULT_STREAM } from '../../../main/sync/config.ts';
import { connectHubAdmin } from '../../../main/sync/hub-admin.ts';
import { hubCertificate } from '../../../main/sync/hub-cert.ts';
import { startSync, type SyncHandle } from '../../../main/sync/sync-service.ts';
import { venueKeys } from '../../../main/sync/venue-secret.ts';
import { openDb } from '../../../db/open.ts';
import { DESK, eventWith, tempDbPath } from '../../helpers/db.ts';
import { waitFor } from '../sync/desks.ts';
import { startNats, type TestNats } from '../sync/nats-server.ts';
import { PEOPLE } from './fixture.ts';

// sync.configure / sync.stop / sync.status / checkin.doubleAdmissions over the HTTP transport,
// against a real venue hub (TLS, token), with a second desk syncing beside it.

const TOKEN = 'test-hub-token-0123456789';
const DAY = '2019-05-14';
const NOW = new Date(`${DAY}T07:30:00Z`);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = { status: number; body: { ok: boolean; value?: any; error?: { code: string; message: string } } };

describe('sync through the API', () => {
  let nats: TestNats;
  let http: FoyerHttpServer;
  const db = eventWith(PEOPLE);
  const api = createApi({ db, actor: DESK, now: () => NOW });
  const updates: LiveUpdate[] = [];
  api.bus.subscribe((u) => updates.push(u));
  const post = async (method: string, body: unknown): Promise<Answer> => {
    const res = await fetch(`http://127.0.0.1:${http.port}/api/${method}`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Answer['body'] };
  };
  const status = async (): Promise<Record<string, unknown>> => (await post('sync.status', {})).body.value;
  /** The status as SQLite holds it, for polling without a request each time. */
  const dbStatus = () => syncStatus(db);
  /** What the hub printed for desks: TOKEN#FINGERPRINT. */
  const pairing = (): string => nats.pairing as string;

  beforeAll(async () => {
    nats = await startNats({ token: TOKEN });
    http = await startHttpServer({ api, port: 0, rendererDir: tempDbPath() });
  });
  afterAll(async () => {
    await api.sync.close();
    await http?.close();
    await nats?.dispose();
  });

  it('answers bad servers, desk names and days with invalid, and changes nothing', async () => {
    const bad: unknown[] = [
      { servers: 'http://127.0.0.1:4222', desk: 'Desk 1', token: null },
      { servers: 'nats://', desk: 'Desk 1', token: null },
      { servers: 'nats://hub:99999', desk: 'Desk 1', token: null },
      { servers: 'not a host name', desk: 'Desk 1', token: null },
      { servers: ' , ', desk: 'Desk 1', token: null },
      { servers: nats.url, desk: '   ', token: null },
      { servers: nats.url },
      { servers: nats.url, desk: 'Desk 1', token: 42 },
      { servers: nats.url, desk: 'Desk 1', token: `${TOKEN}#0123abc` }, // a fingerprint cut short
    ];
    for (const input of bad) {
      const r = await post('sync.configure', input);
      expect(r.status, JSON.stringify(input)).toBe(400);
      expect(r.body.error?.code, JSON.stringify(input)).toBe('invalid');
    }
    expect((await post('checkin.doubleAdmissions', { day: '14/05/2019' })).body.error?.code).toBe('invalid');
    expect(readSyncConfig(db)).toBeUndefined();
    expect(await status()).toMatchObject({ configured: false, running: false, connected: false });
  });

  it('connects with the pairing the hub printed, publishes this desk, and stops on request', async () => {
    const r = await post('sync.configure', { servers: `127.0.0.1:${nats.port}`, desk: ' Desk 1 ', token: pairing() });
    expect(r.body.ok).toBe(true);
    expect(r.body.value).toMatchObject({ configured: true, running: true, desk: 'Desk 1', servers: [nats.url], fingerprint: pairing().split('#')[1] });
    expect(readSyncConfig(db)).toEqual({ servers: [nats.url], desk: 'Desk 1', token: pairing() });
    expect(updates.some((u) => u.type === 'sync' && u.status.running)).toBe(true);
    await waitFor(() => dbStatus().connected, () => JSON.stringify(dbStatus()));
    expect(await status()).toMatchObject({ connected: true, running: true, server: `127.0.0.1:${nats.port}` });

    const stopped = await post('sync.stop', {});
    expect(stopped.body.value).toMatchObject({ configured: true, running: false, connected: false });
    // Disconnected on purpose: the next launch does not start it again.
    expect(api.sync.resume()).toBe('off');
  });

  it('keeps the stored token when none is given, and reports a wrong one', async () => {
    await post('sync.configure', { servers: nats.url, desk: 'Desk 1', token: `wrong#${pairing().split('#')[1]}` });
    await waitFor(() => /authori[sz]ation/i.test(String(dbStatus().lastError)), () => JSON.stringify(dbStatus()));
    expect(dbStatus().connected).toBe(false);
    await post('sync.configure', { servers: nats.url, desk: 'Desk 1', token: pairing() });
    await post('sync.configure', { servers: nats.url, desk: 'Desk 1' });
    expect(readSyncConfig(db)?.token).toBe(pairing());
    await waitFor(() => dbStatus().connected, () => JSON.stringify(dbStatus()));
  });

  it('applies another desk\'s check-ins, tells the screens, and lists the double admission', async () => {
    // Desk 2 joins with an empty database and catches up on the event and the roster.
    const db2 = openDb(tempDbPath());
    const desk2 = { desk: 'Desk 2', operator: 'Erik' };
    let sync2: SyncHandle = startSync(db2, { servers: [nats.url], desk: 'Desk 2', token: pairing() });
    await waitFor(() => db2.prepare('SELECT count(*) FROM attendees').pluck().get() === PEOPLE.length, () => 'desk 2 to catch up');
    await sync2.stop();

    // Apart: both desks admit Åsa, desk 1 first.
    const first = await post('checkin.scan', { code: PEOPLE[1]?.code });
    expect(first.body.value.outcome).toBe('admitted');
    expect(checkIn(db2, desk2, { target: { code: PEOPLE[1]?.code as string }, now: new Date(NOW.getTime() + 60_000) }).outcome).toBe('admitted');
    const before = updates.length;

    sync2 = startSync(db2, { servers: [nats.url], desk: 'Desk 2', token: pairing() });
    await waitFor(() => updates.slice(before).some((u) => u.type === 'remote-events' && u.count > 0), () => 'a remote-events live update');
    const card = await post('attendee.get', { id: PEOPLE[1]?.id });
    expect(card.body.value.checkins.map((c: { desk: string }) => c.desk)).toEqual(['Desk 1', 'Desk 2']);

    const doubles = (await post('checkin.doubleAdmissions', {})).body.value;
    expect(doubles).toHaveLength(1);
    expect(doubles[0]).toMatchObject({ attendeeId: PEOPLE[1]?.id, displayName: 'Åsa Lindqvist', day: DAY });
    expect(doubles[0].checkins.map((c: { desk: string; at: string }) => [c.desk, c.at])).toEqual([
      ['Desk 1', NOW.toISOString()],
      ['Desk 2', new Date(NOW.getTime() + 60_000).toISOString()],
    ]);
    expect((await post('checkin.doubleAdmissions', { day: '2019-05-15' })).body.value).toEqual([]);
    await sync2.stop();
    db2.close();
  });

  it('keeps the stream sealed: the hub holds no name, no e-mail and no badge key in readable form', async () => {
    // As the hub's own admin sees the stream (a desk may not read messages by sequence).
    const { nc, jsm } = await connectHubAdmin(nats.url, nats.storeDir, await hubCertificate(nats.storeDir));
    try {
      const { state } = await jsm.streams.info(DEFAULT_STREAM);
      expect(state.messages).toBeGreaterThan(2);
      const texts: string[] = [];
      for (let seq = state.first_seq; seq <= state.last_seq; seq++) {
        const m = await jsm.streams.getMessage(DEFAULT_STREAM, { seq });
        texts.push(Buffer.from(m?.data ?? []).toString('latin1'));
        expect(m?.data[0], `message ${seq} is sealed`).toBe(1);
      }
      const all = texts.join('\n');
      for (const secret of ['Lindqvist', 'example.se', 'PRIVATE KEY', 'checkin.recorded']) expect(all).not.toContain(secret);
      // With the token, a desk reads them back.
      const first = await jsm.streams.getMessage(DEFAULT_STREAM, { seq: state.first_seq });
      expect(JSON.parse(venueKeys(TOKEN).open(first?.data ?? new Uint8Array())).type).toBe('event.configured');
    } finally {
      await nc.close();
    }
  });

  it('shows a help request from a kiosk running its own Foyer, and the kiosk sees it cleared', async () => {
    // The kiosk has its own database and API, synced like any desk.
    const kioskDb = openDb(tempDbPath());
    const kiosk = createApi({ db: kioskDb, actor: { desk: 'Kiosk 1', operator: 'kiosk' }, now: () => NOW });
    const kioskSync = startSync(kioskDb, { servers: [nats.url], desk: 'Kiosk 1', token: pairing() });
    await waitFor(() => kioskDb.prepare('SELECT count(*) FROM attendees').pluck().get() === PEOPLE.length, () => 'the kiosk to catch up');

    const raised = await kiosk.call('kiosk.help', { station: 'Kiosk 1', message: 'My badge did not print' });
    if (!raised.ok) throw new Error(raised.error.message);
    const flag = raised.value as { id: string };
    const before = updates.length;
    await waitFor(async () => ((await post('help.list', {})).body.value as { id: string }[]).some((f) => f.id === flag.id), () => 'the flag at desk 1');
    // The screens hear of it (the help strip reloads its list on remote events).
    await waitFor(() => updates.slice(before).some((u) => u.type === 'remote-events' && u.count > 0), () => 'a remote-events live update');
    const atDesk = ((await post('help.list', {})).body.value as { id: string; station: string; message: string; clearedAt: string | null }[])[0];
    expect(atDesk).toMatchObject({ id: flag.id, station: 'Kiosk 1', message: 'My badge did not print', clearedAt: null });

    expect((await post('help.clear', { id: flag.id })).body.value.clearedAt).toBe(NOW.toISOString());
    await waitFor(async () => {
      const list = await kiosk.call('help.list', {});
      return list.ok && (list.value as { clearedAt: string | null }[])[0]?.clearedAt === NOW.toISOString();
    }, () => 'the kiosk to see the flag cleared');
    expect((await post('help.clear', { id: 'no-such-request' })).body.error?.code).toBe('not-found');
    await kioskSync.stop();
    kioskDb.close();
  });

  it('starts by itself on launch from the stored config', async () => {
    await api.sync.close();
    expect(dbStatus().running).toBe(false);
    // A second API on the same database, as `foyer serve` or the app builds it at start.
    const relaunched = createApi({ db, actor: DESK, now: () => NOW });
    expect(relaunched.sync.resume()).toBe('started');
    await waitFor(() => dbStatus().connected, () => JSON.stringify(dbStatus()));
    await relaunched.sync.close();
    expect(dbStatus()).toMatchObject({ running: false, connected: false });
  });
});
