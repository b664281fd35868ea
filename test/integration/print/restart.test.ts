import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/open.ts';
import { getJob, type PrintJob } from '../../../db/queries/print-jobs.ts';
import { apply } from '../../../main/events/apply.ts';
import { newEvent } from '../../../main/events/envelope.ts';
import { enqueue } from '../../../main/print/queue.ts';
import { renderTestPage } from '../../../main/print/test-page.ts';
import { documentRenderers } from '../../../main/print/renderers.ts';
import { recover, runUntilSettled, spoolerTitle } from '../../../main/print/worker.ts';
import { ACTOR, deleteQueue, newQueue, outputsOf, pauseQueue, resumeQueue, seededDb, skipWithoutCups } from './cups-helpers.ts';

const worker = { renderers: documentRenderers };
const FOYER = join(import.meta.dirname, '../../../bin/foyer.js');
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe.skipIf(skipWithoutCups)('a restart resolves jobs left sending, never losing or doubling one', () => {
  let dir: string;
  let dbPath: string;
  let db: Db;
  let queue: string;
  let deadWorker = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'foyer-print-restart-'));
    dbPath = join(dir, 'foyer.sqlite');
    db = seededDb(dbPath);
    queue = newQueue();
  });
  afterAll(() => {
    db.close();
    resumeQueue(queue);
    deleteQueue(queue);
    rmSync(dir, { recursive: true, force: true });
  });

  /** What a process killed right after claiming a job leaves behind. */
  const claimedBy = (worker: string, attendeeId: string): PrintJob => {
    const job = enqueue(db, ACTOR, { kind: 'badge', attendeeId, printer: queue, template: 'a6-portrait' });
    apply(db, newEvent(ACTOR, 'print.sending', { jobId: job.id, attempt: 1, worker }));
    return getJob(db, job.id) as PrintJob;
  };

  it('follows the spooler job of a process killed while it waited on a paused printer', async () => {
    pauseQueue(queue);
    const child = spawn(process.execPath, [FOYER, 'print', 'badge', 'T-P1', '--printer', queue], {
      env: { ...process.env, FOYER_DB: dbPath, FOYER_DESK: ACTOR.desk }, stdio: 'ignore',
    });
    const exited = new Promise((r) => child.on('exit', r));
    let job: PrintJob | undefined;
    for (let i = 0; i < 400 && !job?.spoolerJobId; i++) {
      await sleep(50);
      const id = db.prepare("SELECT id FROM print_jobs WHERE attendee_id = 'p1'").pluck().get() as string | undefined;
      job = id ? getJob(db, id) : undefined;
    }
    child.kill('SIGKILL');
    await exited;
    deadWorker = `${hostname()}:${child.pid}`;
    expect(job?.state).toBe('sending');
    expect(job?.spoolerJobId).toMatch(new RegExp(`^${queue}-\\d+$`));

    resumeQueue(queue);
    await recover(db, ACTOR, worker);
    const [done] = await runUntilSettled(db, ACTOR, [job?.id ?? ''], worker);
    expect(done?.state).toBe('done');
    expect(done?.spoolerJobId).toBe(job?.spoolerJobId);
    expect(done?.attempts).toBe(1);
    expect(outputsOf(done?.id ?? '')).toHaveLength(1);
  });

  it('sends again a job its dead sender never handed to the spooler', async () => {
    const job = claimedBy(deadWorker, 'p2');
    const [resolved] = (await recover(db, ACTOR, worker)).filter((j) => j.id === job.id);
    expect(resolved?.attempts).toBe(2);
    const [done] = await runUntilSettled(db, ACTOR, [job.id], worker);
    expect(done?.state).toBe('done');
    expect(outputsOf(job.id)).toHaveLength(1);
  });

  it('adopts a submission its dead sender made but did not record, instead of printing twice', async () => {
    const job = claimedBy(deadWorker, 'p3');
    const page = await renderTestPage(job);
    // What lp did for the killed process, under the attempt's unique title.
    execFileSync('lp', ['-d', queue, '-t', spoolerTitle(job, 1)], { input: page.pdf, stdio: ['pipe', 'ignore', 'ignore'] });
    await recover(db, ACTOR, worker);
    const [done] = await runUntilSettled(db, ACTOR, [job.id], worker);
    expect(done?.state).toBe('done');
    expect(done?.attempts).toBe(1);
    expect(done?.detail).toMatch(/printed/);
    expect(outputsOf(job.id)).toHaveLength(1);
  });

  it('fails, for a person to check, a job the spooler no longer knows', async () => {
    const job = claimedBy(deadWorker, 'p4');
    apply(db, newEvent(ACTOR, 'print.submitted', { jobId: job.id, spoolerJobId: `${queue}-999999`, detail: 'accepted' }));
    await recover(db, ACTOR, worker);
    const after = getJob(db, job.id);
    expect(after?.state).toBe('failed');
    expect(after?.lastError).toMatch(/no longer knows job .*check the printer's output/);
    expect(outputsOf(job.id)).toHaveLength(0);
  });

  it('leaves alone a job whose sender is still running', async () => {
    const sleeper = spawn('sleep', ['60'], { stdio: 'ignore' });
    try {
      const job = claimedBy(`${hostname()}:${sleeper.pid}`, 'p5');
      await recover(db, ACTOR, worker);
      expect(getJob(db, job.id)).toMatchObject({ state: 'sending', attempts: 1, spoolerJobId: null });
      expect(outputsOf(job.id)).toHaveLength(0);
    } finally {
      sleeper.kill('SIGKILL');
    }
  });
});
