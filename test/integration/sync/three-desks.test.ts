import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/open.ts';
import { checkIn } from '../../../main/checkin/checkin.ts';
import { apply } from '../../../main/events/apply.ts';
import { newEvent } from '../../../main/events/envelope.ts';
import { checkinState, doubleAdmissions } from '../../../main/sync/conflicts.ts';
import { startSync, type SyncHandle } from '../../../main/sync/sync-service.ts';
import { DAY, eventCount, openDesk, seedEvent, snapshot, tempDir, waitFor } from './desks.ts';
import { startNats, type TestNats } from './nats-server.ts';
import { startProxy, type TcpProxy } from './tcp-proxy.ts';

interface Desk {
  readonly name: string;
  db: Db;
  sync: SyncHandle;
  readonly url: string;
}

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));
const CONFLICTS = 20;

describe('three desks over a real nats-server', () => {
  let nats: TestNats;
  let proxy: TcpProxy;
  let dir: string;
  const desks: Desk[] = [];
  let extra: { db: Db; sync: SyncHandle } | undefined;

  beforeAll(async () => {
    nats = await startNats();
    proxy = await startProxy(nats.port);
    dir = tempDir();
  });
  afterAll(async () => {
    for (const d of desks) {
      await d.sync.stop();
      d.db.close();
    }
    await extra?.sync.stop();
    extra?.db.close();
    await proxy.close();
    await nats.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const start = (d: Omit<Desk, 'sync'>): Desk => ({ ...d, sync: startSync(d.db, { servers: [d.url], desk: d.name, stream: 'FOYERTEST' }) });

  /** Checks people in at a desk, letting the sync services run in between (traffic while we work). */
  async function admit(desk: Desk, ids: readonly number[]): Promise<void> {
    for (const [n, i] of ids.entries()) {
      const r = checkIn(desk.db, { desk: desk.name, operator: 'op' }, { target: { code: `T${i}` }, day: DAY });
      expect(r.outcome, `T${i} at ${desk.name}`).toBe('admitted');
      if (n % 10 === 9) await tick();
    }
  }
  const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, k) => from + k);
  /** Spreads people over desks round-robin and admits them concurrently. */
  const spread = (ids: number[], over: Desk[]): Promise<void[]> =>
    Promise.all(over.map((d, k) => admit(d, ids.filter((_, j) => j % over.length === k))));

  const converged = (all: { db: Db }[], expected: number) => (): boolean =>
    all.every((d) => eventCount(d.db) === expected && d.db.prepare('SELECT count(*) FROM sync_failures').pluck().get() === 0);

  it('keeps every check-in through a server crash, a cut-off desk and a desk restart, and converges', async () => {
    const d1 = openDesk(dir, 'Desk 1');
    seedEvent(d1, { desk: 'Desk 1', operator: 'lead' }, 1_100);
    desks.push(start({ name: 'Desk 1', db: d1, url: nats.url }));
    desks.push(start({ name: 'Desk 2', db: openDesk(dir, 'Desk 2'), url: nats.url }));
    desks.push(start({ name: 'Desk 3', db: openDesk(dir, 'Desk 3'), url: proxy.url }));
    const [one, two, three] = desks as [Desk, Desk, Desk];
    const roster = eventCount(d1); // event.configured + 3 import chunks
    await waitFor(converged(desks, roster), () => desks.map((d) => eventCount(d.db)).join(' / '));

    // 1,000 check-ins: 960 people once, and 20 people admitted at two desks that were apart.
    // Phase A, all connected: 300 people.
    await spread(range(0, 300), desks);

    // Phase B, the server crashes: the desks keep admitting (nothing waits on the network).
    await nats.kill();
    await waitFor(() => desks.every((d) => !d.sync.status().connected), () => 'desks to notice the server is gone');
    await spread(range(300, 500), desks);
    expect(desks.every((d) => d.sync.status().waitingToSend > 0)).toBe(true);
    expect(one.sync.status().offlineSince).not.toBeNull();
    await nats.start();

    // Phase C, desk 3 is cut off: 200 people, plus the same 20 people admitted at desk 1 and at desk 3,
    // and both desks correct the same attendee.
    proxy.cut();
    await waitFor(() => !three.sync.status().connected, () => 'desk 3 to notice the cut');
    await spread(range(500, 700), desks);
    await admit(three, range(700, 700 + CONFLICTS));
    await admit(one, range(700, 700 + CONFLICTS));
    const edit = (d: Desk, at: string, patch: Record<string, unknown>): void => {
      apply(d.db, newEvent({ desk: d.name, operator: 'op' }, 'attendee.edited', { attendeeId: 'a5', patch }, new Date(at)));
    };
    edit(three, '2025-05-14T07:00:02.000Z', { organisation: 'Set at desk 3 (later)', notes: 'desk 3 note' });
    edit(one, '2025-05-14T07:00:01.000Z', { organisation: 'Set at desk 1 (earlier)', jobTitle: 'desk 1 title' });
    expect(three.sync.status().waitingToSend).toBeGreaterThan(0);

    // Phase D, desk 3 comes back while desk 2 restarts in the middle of the traffic.
    proxy.heal();
    const phaseD = spread(range(740, 980), [one, three]);
    await two.sync.stop();
    two.db.close();
    await admit(one, []);
    two.db = openDesk(dir, 'Desk 2');
    two.sync = startSync(two.db, { servers: [two.url], desk: two.name, stream: 'FOYERTEST' });
    await phaseD;
    await spread(range(720, 740), [two]);

    const expected = roster + 1_000 + 2;
    await waitFor(converged(desks, expected), () => desks.map((d) => `${d.name}: ${eventCount(d.db)}/${expected} ${JSON.stringify(d.sync.status())}`).join('\n'), 60_000);
    await waitFor(() => desks.every((d) => d.sync.status().waitingToSend === 0), () => 'all sent');

    const [s1, s2, s3] = desks.map((d) => snapshot(d.db));
    expect(s2).toEqual(s1);
    expect(s3).toEqual(s1);
    for (const d of desks) {
      const checkins = d.db.prepare('SELECT count(*) FROM checkins').pluck().get();
      const recorded = d.db.prepare("SELECT count(*), count(DISTINCT id) FROM events WHERE type = 'checkin.recorded'").raw().get();
      expect(checkins).toBe(1_000);
      expect(recorded).toEqual([1_000, 1_000]);
      // Nothing applied twice: one row per event id, and the stream position matches the stream.
      expect(d.db.prepare('SELECT count(*) = count(DISTINCT id) FROM events').pluck().get()).toBe(1);
    }
    // Every desk reads the whole stream, duplicates re-sent after the server restart included;
    // like the data, that is eventual, so wait for the positions to meet.
    const seqs = (): number[] => desks.map((d) => d.sync.status().appliedStreamSeq);
    await waitFor(() => new Set(seqs()).size === 1, () => `stream positions ${seqs().join(', ')}`);
    expect(seqs()[0]).toBeGreaterThanOrEqual(expected);

    // Both check-ins of a conflict are kept everywhere; the earlier one (desk 3's) counts.
    for (const d of desks) {
      const doubles = doubleAdmissions(d.db, DAY);
      expect(doubles.map((x) => x.attendeeId).sort()).toEqual(range(700, 700 + CONFLICTS).map((i) => `a${i}`).sort());
      const state = checkinState(d.db, 'a700', DAY);
      expect(state.first?.desk).toBe('Desk 3');
      expect(state.others.map((c) => c.desk)).toEqual(['Desk 1']);
    }
    // Concurrent edits: the later edit wins the field both set; the other fields are each kept.
    const a5 = d1.prepare('SELECT organisation, notes, job_title FROM attendees WHERE id = ?').get('a5');
    expect(a5).toEqual({ organisation: 'Set at desk 3 (later)', notes: 'desk 3 note', job_title: 'desk 1 title' });
  });

  it('lets a new desk join by pointing at the server and end with identical state', async () => {
    const db = openDesk(dir, 'Desk 4');
    extra = { db, sync: startSync(db, { servers: [nats.url], desk: 'Desk 4', stream: 'FOYERTEST' }) };
    const expected = eventCount(desks[0]!.db);
    await waitFor(converged([extra], expected), () => `${eventCount(db)}/${expected}`);
    expect(snapshot(db)).toEqual(snapshot(desks[0]!.db));
    expect(db.prepare('SELECT public_key IS NOT NULL AND private_key IS NOT NULL FROM event').pluck().get()).toBe(1);
  });
});
