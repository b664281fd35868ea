import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startIdleCheckpoints } from '../../db/idle-checkpoints.ts';
import { openDb } from '../../db/open.ts';
import { checkIn } from '../../main/checkin/checkin.ts';
import { configureConference } from '../../main/conference/configure.ts';
import { zonedToUtc } from '../../model/dates.ts';
import { apply } from '../../main/events/apply.ts';
import { newEvent } from '../../main/events/envelope.ts';
import { emptyFields } from '../../model/attendee.ts';
import { checkInSession } from '../../main/sessions/checkin.ts';
import type { SessionDefinition } from '../../main/sessions/events.ts';
import { type BenchSection, timeInterleaved } from './harness.ts';

// The room door against the front door, in the same run on the same database: a scan at a room
// door by someone already through the front door, and a room door that is the day's first scan
// (it admits at both doors in one transaction).

const PEOPLE = 30_000;
const SESSIONS = 100;
const CAPACITY = 150;
const SCANS = 5_000;
const FIRST_SCANS = 2_000;
const WARMUP = 300;
const DAY = '2019-05-14';
const TZ = 'Europe/Bucharest';
const DESK = { desk: 'Bench', operator: 'bench' };

export async function bench(): Promise<BenchSection> {
  const dir = mkdtempSync(join(tmpdir(), 'foyer-bench-sessions-'));
  const db = openDb(join(dir, 'foyer.sqlite'));
  const checkpoints = startIdleCheckpoints(db);
  configureConference(db, DESK, { name: 'Bench', venue: '', days: [DAY], timeZone: TZ });
  db.transaction(() => {
    for (let start = 0; start < PEOPLE; start += 500) {
      const rows = Array.from({ length: Math.min(500, PEOPLE - start) }, (_, k) => {
        const i = start + k;
        return { id: `a${i}`, codes: [`T${i}`], fields: { ...emptyFields(`Person ${i}`), organisation: `Cluster ${i % 149}` } };
      });
      apply(db, newEvent(DESK, 'attendees.imported', { batchId: 'bench', rows }));
    }
  })();
  const sessions: SessionDefinition[] = Array.from({ length: SESSIONS }, (_, s) => ({
    id: `s${s}`, title: `Breakout ${s}`, room: `Room ${s % 12}`, startsAt: zonedToUtc(DAY, '09:00', TZ).toISOString(),
    endsAt: zonedToUtc(DAY, '18:00', TZ).toISOString(), day: DAY, type: 'workshop', capacity: CAPACITY, access: 'open', categories: [], speakers: '',
  }));
  apply(db, newEvent(DESK, 'sessions.defined', { sessions }));

  // People who came through the front door earlier (untimed), and now scan in at a room door.
  const inside = SCANS + WARMUP;
  for (let i = 0; i < inside; i++) checkIn(db, DESK, { target: { code: `T${i}` }, day: DAY });
  let front = inside;
  let first = 20_000; // beyond every front-door scan of both runs (at most 2 × (SCANS + WARMUP) + FIRST_SCANS + WARMUP)
  const room = await timeInterleaved({
    session: (i) => checkInSession(db, DESK, { sessionId: `s${i % SESSIONS}`, target: { code: `T${i}` }, day: DAY }),
    front: () => checkIn(db, DESK, { target: { code: `T${front++}` }, day: DAY }),
  }, SCANS, WARMUP);
  const both = await timeInterleaved({
    session: (i) => checkInSession(db, DESK, { sessionId: `s${i % SESSIONS}`, target: { code: `T${first++}` }, day: DAY }),
    front: () => checkIn(db, DESK, { target: { code: `T${front++}` }, day: DAY }),
  }, FIRST_SCANS, WARMUP);
  const admitted = db.prepare('SELECT count(*) FROM session_checkins').pluck().get() as number;
  checkpoints.stop();
  db.close();
  rmSync(dir, { recursive: true, force: true });
  if (admitted !== SCANS + FIRST_SCANS + 2 * WARMUP) throw new Error(`expected every room-door scan admitted, got ${admitted}`);
  return {
    title: `Room doors (${SESSIONS} sessions of ${CAPACITY}, ${PEOPLE.toLocaleString('en')} attendees)`,
    rows: [
      { name: 'session check-in (scan → durable)', ...room.session, baseline: 'front-door check-in, same run', goal: 'p99 ≤ 1.2× front door' },
      { name: 'front-door check-in, same run', ...room.front },
      { name: 'session check-in, first scan of the day (both doors)', ...both.session, baseline: 'front-door check-in, beside it' },
      { name: 'front-door check-in, beside it', ...both.front },
    ],
  };
}
