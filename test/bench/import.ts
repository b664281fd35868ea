// The desk while a roster file is previewed through the API (issue 14 §4): scans keep being
// answered because the file is read, mapped, checked and planned on a worker thread. Compared in
// the same run with the same preview done on the desk's thread, as it was before.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startIdleCheckpoints } from '../../db/idle-checkpoints.ts';
import { openDb } from '../../db/open.ts';
import { checkIn } from '../../main/checkin/checkin.ts';
import { configureConference } from '../../main/conference/configure.ts';
import { importFileOffThread } from '../../main/roster/import-thread-client.ts';
import { importFile } from '../../main/roster/run-import.ts';
import { type BenchRow, type BenchSection, percentile } from './harness.ts';
import { writeRosterCsv } from './roster-csv.ts';

const N = 100_000;
const DAY = '2019-05-14';
const DESK = { desk: 'Bench', operator: 'bench' };
/** A scan every 5 ms: a busy desk with a scanner, faster than any queue at the door. */
const EVERY_MS = 5;

interface Scans { readonly latencies: number[]; readonly workMs: number }

/**
 * Scans one code after another, each due EVERY_MS after the last answer, while `work` runs; a
 * scan's time runs from when it was due to its answer, so a blocked event loop counts in full.
 */
async function scansDuring(scan: (i: number) => void, work: () => Promise<unknown>, from: number): Promise<Scans> {
  const latencies: number[] = [];
  let done = false;
  let i = from;
  const loop = new Promise<void>((resolve) => {
    const next = (): void => {
      if (done) return resolve();
      const due = performance.now() + EVERY_MS;
      setTimeout(() => {
        scan(i++);
        latencies.push(performance.now() - due);
        next();
      }, EVERY_MS);
    };
    next();
  });
  const t0 = performance.now();
  await work();
  const workMs = performance.now() - t0;
  done = true;
  await loop;
  return { latencies: latencies.sort((a, b) => a - b), workMs };
}

const row = (name: string, s: Scans, extra: Partial<BenchRow> = {}): BenchRow => ({
  name: `${name} (${s.latencies.length} scans)`,
  p50: percentile(s.latencies, 50), p95: percentile(s.latencies, 95), p99: percentile(s.latencies, 99), ...extra,
});

export async function bench(): Promise<BenchSection> {
  const dir = mkdtempSync(join(tmpdir(), 'foyer-bench-import-'));
  const csv = join(dir, 'roster.csv');
  writeRosterCsv(csv, N);
  const db = openDb(join(dir, 'foyer.sqlite'));
  const checkpoints = startIdleCheckpoints(db);
  configureConference(db, DESK, { name: 'Bench', venue: '', days: [DAY], timeZone: 'Europe/Bucharest' });
  await importFile(db, DESK, csv, {});
  const codes = db.prepare('SELECT code FROM ticket_codes LIMIT 20000').pluck().all() as string[];
  const now = new Date(`${DAY}T08:00:00Z`);
  const scan = (i: number): void => {
    checkIn(db, DESK, { target: { code: codes[i % codes.length] as string }, day: DAY, now });
  };
  const idle = await scansDuring(scan, () => new Promise((resolve) => setTimeout(resolve, 3_000)), 0);
  const worker = await scansDuring(scan, () => importFileOffThread(db, DESK, csv, { dryRun: true }), 2_000);
  const sameThread = await scansDuring(scan, () => importFile(db, DESK, csv, { dryRun: true }), 6_000);
  checkpoints.stop();
  db.close();
  rmSync(dir, { recursive: true, force: true });
  const idleName = `scan while the desk is idle (${idle.latencies.length} scans)`;
  return {
    title: `Scans during a ${N.toLocaleString('en')}-row import preview`,
    rows: [
      row('scan while the desk is idle', idle),
      row(`scan during a ${N.toLocaleString('en')}-row import preview, file read on a worker thread`, worker, { baseline: idleName, goal: 'p99 < 50' }),
      row('scan during the same preview on the desk thread (before)', sameThread, { baseline: idleName }),
      { name: 'preview of the 100,000-row file, worker thread', value: worker.workMs },
      { name: 'preview of the 100,000-row file, desk thread (before)', value: sameThread.workMs },
    ],
  };
}
