import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBackground } from '../../../main/api/background.ts';
import { createApi } from '../../../main/api/handlers.ts';
import { UpdateBus } from '../../../main/api/updates.ts';
import { DESK, eventWith } from '../../helpers/db.ts';
import { PEOPLE } from '../api/fixture.ts';

// A job queued through the API wakes the print worker at once instead of waiting for its poll.
// The worker here polls once a minute, so only the kick can get the job to the printer (a PDF
// folder) within the test's time.

const POLL_MS = 60_000;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function deskWithSlowPoll() {
  const db = eventWith(PEOPLE);
  const folder = mkdtempSync(join(tmpdir(), 'foyer-kick-'));
  const bus = new UpdateBus();
  const background = startBackground(db, DESK, bus, { printPollMs: POLL_MS });
  const api = createApi({ db, actor: DESK, bus, printQueued: background.kick, now: () => new Date('2019-05-14T07:30:00Z') });
  cleanups.push(() => background.stop(), () => rmSync(folder, { recursive: true, force: true }));
  const rules = await api.call('printers.setRules', { badgePrinter: `folder:${folder}`, autoPrint: true });
  expect(rules.ok).toBe(true);
  // Let the worker's first pass (an empty queue) finish: from here on it sleeps for a minute.
  await sleep(300);
  return { api, folder };
}

/** The job's state as the queue shows it, once it left `queued`, or null after `ms`. */
async function leftQueue(api: ReturnType<typeof createApi>, jobId: string, ms: number): Promise<{ state: string; at: number } | null> {
  const start = Date.now();
  while (Date.now() - start < ms) {
    const r = await api.call('print.queue', {});
    const job = r.ok ? (r.value as { id: string; state: string }[]).find((j) => j.id === jobId) : undefined;
    if (job && job.state === 'done') return { state: job.state, at: Date.now() - start };
    await sleep(25);
  }
  return null;
}

describe('the print worker kicked by the API', () => {
  it('sends a badge asked for with print.badge long before the next poll', async () => {
    const { api, folder } = await deskWithSlowPoll();
    const r = await api.call('print.badge', { attendeeId: PEOPLE[0]!.id });
    if (!r.ok) throw new Error(r.error.message);
    const job = r.value as { id: string; state: string };
    expect(job.state).toBe('queued');
    const done = await leftQueue(api, job.id, 15_000);
    expect(done).not.toBeNull();
    expect(done!.at).toBeLessThan(POLL_MS / 4);
    expect(readdirSync(folder).filter((f) => f.endsWith('.pdf'))).toHaveLength(1);
  }, 30_000);

  it('sends the badge of a desk check-in (checkin.scanAndPrint) long before the next poll', async () => {
    const { api, folder } = await deskWithSlowPoll();
    const r = await api.call('checkin.scanAndPrint', { code: PEOPLE[1]!.code });
    if (!r.ok) throw new Error(r.error.message);
    const { print } = r.value as { print: { status: string; jobs: { id: string }[] } };
    expect(print.status).toBe('queued');
    const done = await leftQueue(api, print.jobs[0]!.id, 15_000);
    expect(done).not.toBeNull();
    expect(readdirSync(folder).filter((f) => f.endsWith('.pdf'))).toHaveLength(1);
  }, 30_000);
});
