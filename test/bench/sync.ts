// Sync over a real nats-server on loopback: desk→desk propagation, convergence after a partition
// heals, and a new desk catching up on a 100k-attendee event.
import { rmSync } from 'node:fs';
import type { Db } from '../../db/open.ts';
import { checkIn } from '../../main/checkin/checkin.ts';
import { apply } from '../../main/events/apply.ts';
import { newEvent } from '../../main/events/envelope.ts';
import { type AttendeeFields, emptyFields } from '../../model/attendee.ts';
import { startSync, type SyncHandle } from '../../main/sync/sync-service.ts';
import { DAY, eventCount, openDesk, seedEvent, tempDir, waitFor } from '../integration/sync/desks.ts';
import { startNats } from '../integration/sync/nats-server.ts';
import { startProxy } from '../integration/sync/tcp-proxy.ts';
import { type BenchRow, type BenchSection, percentile } from './harness.ts';

const ATTENDEES = 100_000;
const SAMPLES = 300;

const summary = (samples: number[]): { p50: number; p95: number; p99: number } => {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99) };
};
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Time from a check-in at desk A to its commit at desk B; `kick` = the app wakes the publisher. */
async function propagation(a: { db: Db; sync: SyncHandle }, b: { db: Db; sync: SyncHandle }, from: number, kick: boolean): Promise<number[]> {
  const samples: number[] = [];
  const has = b.db.prepare('SELECT 1 FROM checkins WHERE day = ? AND attendee_id = ? AND id = ?').pluck();
  for (let i = 0; i < SAMPLES; i++) {
    const t0 = performance.now();
    const r = checkIn(a.db, { desk: 'A', operator: 'bench' }, { target: { code: `T${from + i}` }, day: DAY });
    if (r.outcome !== 'admitted') throw new Error(`not admitted: ${JSON.stringify(r)}`);
    if (kick) a.sync.kick();
    const arrived = new Promise<void>((resolve) => {
      b.sync.onBatch = () => {
        if (has.get(r.day, r.attendee.id, r.checkinId)) resolve();
      };
    });
    await arrived;
    samples.push(performance.now() - t0);
    await sleep(Math.random() * 10); // do not beat in step with the publisher's poll
  }
  return samples;
}

/** Cut desk B off, let both desks work for a while, heal, and time until both hold the same log. */
async function partitions(a: Db, b: Db, cut: () => void, heal: () => void, from: number): Promise<number[]> {
  const samples: number[] = [];
  for (let round = 0; round < 5; round++) {
    const target = eventCount(a) + 200;
    cut();
    await sleep(300);
    const base = from + round * 200;
    for (let i = 0; i < 100; i++) checkIn(a, { desk: 'A', operator: 'bench' }, { target: { code: `T${base + i}` }, day: DAY });
    for (let i = 100; i < 200; i++) checkIn(b, { desk: 'B', operator: 'bench' }, { target: { code: `T${base + i}` }, day: DAY });
    const t0 = performance.now();
    heal();
    await waitFor(() => eventCount(a) === target && eventCount(b) === target, () => 'partition to heal', 60_000);
    samples.push(performance.now() - t0);
  }
  return samples;
}

/** 100k attendees as the importer writes them: attendees.imported events of 500 rows. */
function seedLargeEvent(db: Db): void {
  seedEvent(db, { desk: 'Office', operator: 'import' }, 0);
  for (let start = 0; start < ATTENDEES; start += 500) {
    const rows: { id: string; codes: string[]; fields: AttendeeFields }[] = [];
    for (let i = start; i < start + 500; i++) {
      rows.push({ id: `p${i}`, codes: [`P${i}`], fields: { ...emptyFields(`Person ${i} Name${i % 977}`), organisation: `Org ${i % 1013}`, email: `p${i}@example.org` } });
    }
    apply(db, newEvent({ desk: 'Office', operator: 'import' }, 'attendees.imported', { batchId: 'big', rows }));
  }
}

const BENCH_TOKEN = 'bench-venue-token-7c1e9a';

/** The cost of TLS alone: the same two desks, events sealed the same way, through a hub without TLS. */
async function withoutTls(dir: string): Promise<BenchRow> {
  const open = await startNats();
  try {
    const opts = (desk: string) => ({ servers: [open.url], desk, stream: 'FOYERPLAIN', token: BENCH_TOKEN });
    const aDb = openDesk(dir, 'Plain A');
    seedEvent(aDb, { desk: 'A', operator: 'bench' }, 3_000);
    const a = { db: aDb, sync: startSync(aDb, opts('Plain A')) };
    const bDb = openDesk(dir, 'Plain B');
    const b = { db: bDb, sync: startSync(bDb, opts('Plain B')) };
    await waitFor(() => eventCount(bDb) === eventCount(aDb), () => 'plain B to catch up', 60_000);
    const row = { name: PLAIN_ROW, ...summary(await propagation(a, b, 0, true)) };
    for (const d of [a, b]) {
      await d.sync.stop();
      d.db.close();
    }
    return row;
  } finally {
    await open.dispose();
  }
}

const PLAIN_ROW = 'desk→desk propagation without TLS, for the cost of TLS (app kicks)';

export async function bench(): Promise<BenchSection> {
  // As at a venue: TLS to the hub's pinned certificate, the desk identity, events sealed with the
  // key derived from the token, the streams created by the hub itself.
  const nats = await startNats({ token: BENCH_TOKEN, streams: ['FOYERBENCH', 'FOYERBIG'] });
  const proxy = await startProxy(nats.port);
  const dir = tempDir();
  const opts = (desk: string, url: string, stream = 'FOYERBENCH') => ({ servers: [url], desk, stream, token: nats.pairing });
  const rows: BenchRow[] = [];
  try {
    rows.push(await withoutTls(dir));
    const aDb = openDesk(dir, 'A');
    seedEvent(aDb, { desk: 'A', operator: 'bench' }, 3_000);
    const a = { db: aDb, sync: startSync(aDb, opts('A', nats.url)) };
    const bDb = openDesk(dir, 'B');
    const b = { db: bDb, sync: startSync(bDb, opts('B', proxy.url)) };
    await waitFor(() => eventCount(bDb) === eventCount(aDb), () => 'B to catch up', 60_000);

    rows.push({ name: 'desk→desk propagation (publisher polls SQLite every 25 ms)', ...summary(await propagation(a, b, 0, false)), goal: 'p99 ≤ 200 ms' });
    rows.push({ name: 'desk→desk propagation (app kicks the publisher)', ...summary(await propagation(a, b, SAMPLES, true)), goal: 'p99 ≤ 200 ms', baseline: PLAIN_ROW });
    const heal = summary(await partitions(aDb, bDb, proxy.cut, proxy.heal, 2 * SAMPLES));
    rows.push({ name: 'convergence after a partition heals (100 + 100 offline check-ins, 5 rounds)', ...heal, goal: '≤ 2 s' });

    const bigDb = openDesk(dir, 'Big');
    const t0 = performance.now();
    seedLargeEvent(bigDb);
    const localApply = performance.now() - t0;
    process.stderr.write(`seeded 100k in ${localApply.toFixed(0)} ms\n`);
    const big = startSync(bigDb, opts('Big', nats.url, 'FOYERBIG'));
    await waitFor(() => big.status().waitingToSend === 0, () => 'the 100k event to be published', 120_000);
    await big.stop();
    const newDb = openDesk(dir, 'New');
    const t1 = performance.now();
    const fresh = startSync(newDb, opts('New', nats.url, 'FOYERBIG'));
    await waitFor(() => eventCount(newDb) === eventCount(bigDb), () => 'the new desk to catch up', 120_000);
    const catchUp = performance.now() - t1;
    process.stderr.write(`caught up in ${catchUp.toFixed(0)} ms\n`);
    const attendees = newDb.prepare('SELECT count(*) FROM attendees').pluck().get() as number;
    if (attendees !== ATTENDEES) throw new Error(`new desk has ${attendees} attendees`);
    rows.push({ name: `new desk catches up (${attendees} attendees, ${eventCount(newDb)} events)`, value: catchUp, goal: '≤ 20 s' });
    rows.push({ name: 'for scale: applying the same 100k import locally', value: localApply });
    await fresh.stop();
    for (const d of [a, b]) await d.sync.stop();
    for (const db of [aDb, bDb, bigDb, newDb]) db.close();
  } finally {
    await proxy.close();
    await nats.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
  return { title: 'Sync (NATS JetStream, loopback)', rows };
}
