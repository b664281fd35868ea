// Print: from a check-in to the job accepted by the spooler (lp returned a job id). The bench
// queue is paused, so the printer's own time is excluded and nothing piles up on disk; its jobs
// are cancelled and the queue removed afterwards. Skipped when no CUPS scheduler is running.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../../db/open.ts';
import { renderBadgePdf } from '../../main/badges/render-badge.ts';
import { checkIn } from '../../main/checkin/checkin.ts';
import { configureConference } from '../../main/conference/configure.ts';
import { apply } from '../../main/events/apply.ts';
import { newEvent } from '../../main/events/envelope.ts';
import { checkInAndPrint } from '../../main/checkin/check-in-and-print.ts';
import { setDeskRules } from '../../main/print/desk-rules.ts';
import { documentRenderers } from '../../main/print/renderers.ts';
import { cupsSpooler } from '../../main/print/spoolers/cups.ts';
import { emptyFields } from '../../model/attendee.ts';
import { type BenchSection, timeIt } from './harness.ts';

const ITERATIONS = 100;
const WARMUP = 10;
const DAY = '2026-05-14';
const actor = { desk: 'Bench desk', operator: 'bench' };

export async function bench(): Promise<BenchSection> {
  const title = 'Print: check-in → job accepted by the spooler';
  if (!(spawnSync('lpstat', ['-r'], { encoding: 'utf8' }).stdout ?? '').includes('is running')) {
    return { title: `${title} (skipped: no CUPS scheduler is running; run .ci/start-cups.sh)`, rows: [] };
  }
  const ppd = execFileSync('lpinfo', ['-m'], { encoding: 'utf8' }).split('\n').find((l) => /cups-pdf/i.test(l))?.split(' ')[0];
  if (!ppd) return { title: `${title} (skipped: no cups-pdf driver)`, rows: [] };
  const queue = `foyer-t-bench-${randomBytes(3).toString('hex')}`;
  const dir = mkdtempSync(join(tmpdir(), 'foyer-print-bench-'));
  const db = openDb(join(dir, 'bench.sqlite'));
  try {
    execFileSync('lpadmin', ['-p', queue, '-v', 'cups-pdf:/', '-m', ppd, '-E'], { stdio: 'ignore' });
    execFileSync('cupsdisable', [queue]);
    configureConference(db, actor, { name: 'Bench Conference', venue: 'Hall', days: [DAY], timeZone: 'Europe/Bucharest', logo: null });
    const n = 3 * (ITERATIONS + WARMUP);
    apply(db, newEvent(actor, 'attendees.imported', {
      batchId: 'bench',
      rows: Array.from({ length: n }, (_, i) => ({ id: `b${i}`, codes: [`B-${i}`], fields: { ...emptyFields(`Person Number ${i}`), organisation: 'Bench Cluster' } })),
    }));
    setDeskRules(db, actor, { badgePrinter: queue, badgeTemplate: 'a6-portrait' });
    const worker = { renderers: documentRenderers };
    let next = 0;

    const full = await timeIt(async () => {
      const r = await checkInAndPrint(db, actor, { target: { code: `B-${next++}` }, day: DAY }, worker);
      if (r.print.status !== 'queued' || !r.print.jobs[0]?.spoolerJobId) throw new Error(`not accepted: ${JSON.stringify(r.print)}`);
    }, ITERATIONS, WARMUP);
    const checkinOnly = await timeIt(() => checkIn(db, actor, { target: { code: `B-${next++}` }, day: DAY }), ITERATIONS, WARMUP);
    const render = await timeIt(() => renderBadgePdf(db, `b${next++ % n}`, 'a6-portrait'), ITERATIONS, WARMUP);
    const pdf = await renderBadgePdf(db, 'b0', 'a6-portrait');
    const submit = await timeIt((i) => cupsSpooler.submit({ printer: queue, pdf, title: `foyer-bench-${i}`, copies: 1, media: { widthPt: 297.64, heightPt: 419.53 } }), ITERATIONS, WARMUP);
    return {
      title: `${title} (paused cups-pdf queue, ${ITERATIONS} runs)`,
      rows: [
        { name: 'check-in + render + lp (job id back)', ...full, goal: 'p99 < 1000 ms' },
        { name: 'check-in alone', ...checkinOnly },
        { name: 'badge render alone', ...render },
        { name: 'lp submit alone', ...submit },
      ],
    };
  } finally {
    db.close();
    spawnSync('cancel', ['-a', queue]);
    spawnSync('lpadmin', ['-x', queue]);
    rmSync(dir, { recursive: true, force: true });
  }
}
