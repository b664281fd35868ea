// Matchmaking and desk planning: `meetings report` over 10,000 meetings (organisations as parties,
// some cancelled, some held, check-ins for presence), and the desk-sizing advisor's answer for
// 10,000 arrivals. Baselines: reading the meetings' rows alone; one pass of the model at one desk count.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../../db/open.ts';
import { meetingsReportRows } from '../../db/queries/meetings.ts';
import { configureConference } from '../../main/conference/configure.ts';
import { apply } from '../../main/events/apply.ts';
import { newEvent } from '../../main/events/envelope.ts';
import { meetingsReport } from '../../main/meetings/report.ts';
import { plannedCurve } from '../../main/planning/arrival-curves.ts';
import { planDesks } from '../../main/planning/plan.ts';
import { simulateDesks } from '../../main/planning/queue-model.ts';
import { emptyFields } from '../../model/attendee.ts';
import { type BenchSection, timeInterleaved } from './harness.ts';

const PEOPLE = 5_000;
const MEETINGS = 10_000;
const DAY = '2026-05-14';
const actor = { desk: 'Bench', operator: 'bench' };

function seed(path: string): void {
  const db = openDb(path);
  configureConference(db, actor, { name: 'Bench', venue: '', days: [DAY], timeZone: 'Europe/Bucharest', logo: null });
  const orgOf = (i: number): string => `Cluster ${i % 1_500}`;
  db.transaction(() => {
    for (let start = 0; start < PEOPLE; start += 500) {
      const rows = Array.from({ length: 500 }, (_, k) => start + k).map((i) => ({
        id: `p${i}`, codes: [`T${i}`], fields: { ...emptyFields(`Person ${i}`), organisation: orgOf(i), email: `p${i}@x.eu` },
      }));
      apply(db, newEvent(actor, 'attendees.imported', { batchId: 'b', rows }));
    }
    const sectors = ['ICT', 'Agrifood', 'Energy', 'Health', 'Textile', 'Tourism', 'Wood', 'Bio-economy'];
    const meetings = Array.from({ length: MEETINGS }, (_, i) => {
      const a = (i * 7) % PEOPLE;
      const b = (i * 13 + 1) % PEOPLE === a ? (a + 1) % PEOPLE : (i * 13 + 1) % PEOPLE;
      const start = Date.UTC(2026, 4, 14, 7) + (i % 24) * 20 * 60_000;
      // One meeting in three has an organisation on side A (its three or four people).
      const org = i % 3 === 0;
      const repsA = org ? Array.from({ length: PEOPLE / 1_500 + 1 }, (_, k) => `p${(a % 1_500) + k * 1_500}`).filter((id) => Number(id.slice(1)) < PEOPLE && id !== `p${b}`) : [`p${a}`];
      return {
        id: `m${i}`, startsAt: new Date(start).toISOString(), endsAt: new Date(start + 20 * 60_000).toISOString(), location: `T${i % 60}`,
        partyA: repsA[0] as string, partyB: `p${b}`, status: i % 11 === 0 ? 'cancelled' : 'scheduled', orgA: org ? orgOf(a) : '', repsA, repsB: [`p${b}`],
        sectors: [sectors[i % sectors.length] as string, sectors[(i * 3) % sectors.length] as string],
      };
    });
    apply(db, newEvent(actor, 'meetings.imported', { batchId: 'm', meetings }));
    for (let i = 0; i < MEETINGS; i += 5) {
      if (i % 11 !== 0) apply(db, newEvent(actor, 'meeting.confirmed', { meetingId: `m${i}`, method: 'code', place: 'T' }));
    }
    for (let i = 0; i < PEOPLE; i += 2) {
      apply(db, newEvent(actor, 'checkin.recorded', { attendeeId: `p${i}`, day: DAY, method: 'code', code: `T${i}` }));
    }
  })();
  db.close();
}

export async function bench(): Promise<BenchSection> {
  const dir = mkdtempSync(join(tmpdir(), 'foyer-bench-meetings-'));
  const path = join(dir, 'meetings.sqlite');
  seed(path);
  const db = openDb(path);
  const now = new Date('2026-05-14T15:00:00Z');
  const counted = meetingsReport(db, now).totals;
  if (counted.scheduled + counted.cancelled !== MEETINGS) throw new Error(`the bench database has ${counted.scheduled + counted.cancelled} meetings`);
  const report = await timeInterleaved({ report: () => meetingsReport(db, now), rows: () => meetingsReportRows(db) }, 30, 5);
  // CPU time, beside the wall time: on a shared machine the wall time also counts waiting for a core.
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < 10; i++) meetingsReport(db, now);
  const cpu = process.cpuUsage(cpu0);
  db.close();
  rmSync(dir, { recursive: true, force: true });

  const curve = plannedCurve(10_000, '09:30');
  const spec = { curve, serviceSeconds: 25, serviceSource: 'entered', targetSeconds: 180, percentile: 0.95, printSeconds: 8, printShare: 1 };
  const desks = planDesks(spec).desks ?? 1;
  const plan = await timeInterleaved({ plan: () => planDesks(spec), once: () => simulateDesks(curve.perSlot, curve.firstMinute, 25, desks, 180, 0.95) }, 50, 5);
  return {
    title: 'Matchmaking report and desk planning',
    rows: [
      { name: `reading the meetings' rows alone (${MEETINGS.toLocaleString('en')} meetings)`, ...report.rows },
      { name: `meetings report, ${MEETINGS.toLocaleString('en')} meetings (by organisation, by sector, no-shows)`, ...report.report, baseline: `reading the meetings' rows alone (${MEETINGS.toLocaleString('en')} meetings)`, goal: '< 200 ms' },
      { name: 'meetings report, CPU time per run (user + system)', value: (cpu.user + cpu.system) / 1000 / 10 },
      { name: `one pass of the queue model at ${desks} desks`, ...plan.once },
      { name: 'desk-sizing answer for 10,000 arrivals (desks, printers, chart lines)', ...plan.plan, baseline: `one pass of the queue model at ${desks} desks`, goal: '< 100 ms' },
    ],
  };
}
