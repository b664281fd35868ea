import { hostname } from 'node:os';
import type { Db } from '../../db/open.ts';
import { dueJobs, getJob, jobsInState, type PrintJob } from '../../db/queries/print-jobs.ts';
import { apply } from '../events/apply.ts';
import { type Actor, newEvent } from '../events/envelope.ts';
import { spoolerFor } from './printers.ts';
import { RenderError, type Renderers } from './render.ts';
import { type Spooler, SpoolerError } from './spoolers/spooler.ts';

// The print worker moves one job one step at a time: queued → sending (render, submit) →
// done/failed, following the spooler in between. Every step is an event, and each step reads
// the job back from the database, so a process killed at any point leaves a state the next
// start resolves (see `recover`) without losing the job or printing it twice blindly.

export interface WorkerOptions {
  readonly renderers: Renderers;
  readonly spoolerFor?: (printer: string) => Spooler;
  /** Sending attempts before a job that keeps meeting transient errors fails. */
  readonly maxAttempts?: number;
  /** First retry delay; doubles on each attempt. */
  readonly backoffMs?: number;
  readonly now?: () => Date;
}

export const WORKER_ID = `${hostname()}:${process.pid}`;
export const spoolerTitle = (job: Pick<PrintJob, 'id'>, attempt: number): string => `foyer-${job.id}-${attempt}`;
export const isSettled = (job: PrintJob): boolean => job.state === 'done' || job.state === 'failed' || job.state === 'cancelled';
/** A job that needs something outside the worker (a printer switched on, a retry time). */
export const isWaiting = (job: PrintJob): boolean =>
  (job.state === 'sending' && job.detail.startsWith('waiting')) || (job.state === 'queued' && job.nextAttemptAt !== null);

const record = (db: Db, actor: Actor, type: string, payload: object, o: WorkerOptions): void => {
  apply(db, newEvent(actor, type, payload, (o.now ?? (() => new Date()))()));
};

/** Claims a queued job for sending, unless another worker took it first. */
function claim(db: Db, actor: Actor, jobId: string, o: WorkerOptions): PrintJob | null {
  return db
    .transaction(() => {
      const job = getJob(db, jobId);
      if (!job || job.state !== 'queued') return null;
      record(db, actor, 'print.sending', { jobId, attempt: job.attempts + 1, worker: WORKER_ID }, o);
      return getJob(db, jobId) as PrintJob;
    })
    .immediate();
}

/** After a failed attempt: try again later with exponential backoff, or give up. */
function attemptFailed(db: Db, actor: Actor, job: PrintJob, err: unknown, o: WorkerOptions): void {
  const message = err instanceof Error ? err.message : String(err);
  const permanent = err instanceof RenderError || (err instanceof SpoolerError && err.permanent);
  if (permanent || job.attempts >= (o.maxAttempts ?? 5)) {
    record(db, actor, 'print.failed', { jobId: job.id, error: permanent ? message : `${message} (gave up after ${job.attempts} attempts)` }, o);
    return;
  }
  const delay = (o.backoffMs ?? 2000) * 2 ** (job.attempts - 1);
  const retryAt = new Date((o.now?.() ?? new Date()).getTime() + delay).toISOString();
  record(db, actor, 'print.deferred', { jobId: job.id, error: message, retryAt }, o);
}

/** Renders and submits a job just claimed (state sending, attempt recorded). */
async function send(db: Db, actor: Actor, job: PrintJob, o: WorkerOptions): Promise<void> {
  const spooler = (o.spoolerFor ?? spoolerFor)(job.printer);
  try {
    const doc = await o.renderers[job.kind](db, job);
    const result = await spooler.submit({ printer: job.printer, pdf: doc.pdf, title: spoolerTitle(job, job.attempts), copies: job.copies, media: doc.media });
    if (result.kind === 'finished') record(db, actor, 'print.done', { jobId: job.id, detail: result.detail }, o);
    else record(db, actor, 'print.submitted', { jobId: job.id, spoolerJobId: result.spoolerJobId, detail: `accepted by the spooler as ${result.spoolerJobId}` }, o);
  } catch (err) {
    attemptFailed(db, actor, job, err, o);
  }
}

/** Asks the spooler about a submitted job and records what changed. */
async function follow(db: Db, actor: Actor, job: PrintJob & { spoolerJobId: string }, o: WorkerOptions): Promise<void> {
  const spooler = (o.spoolerFor ?? spoolerFor)(job.printer);
  let s;
  try {
    s = await spooler.status(job.printer, job.spoolerJobId);
  } catch (err) {
    s = { state: 'waiting' as const, detail: `waiting: cannot reach the print spooler (${(err as Error).message})` };
  }
  const current = getJob(db, job.id);
  if (!current || current.state !== 'sending' || current.spoolerJobId !== job.spoolerJobId) return; // cancelled meanwhile
  if (s.state === 'completed') record(db, actor, 'print.done', { jobId: job.id, detail: s.detail }, o);
  else if (s.state === 'failed') record(db, actor, 'print.failed', { jobId: job.id, error: s.detail }, o);
  else if (s.state === 'unknown') {
    // It may or may not have printed; a person must look before it is sent again.
    record(db, actor, 'print.failed', { jobId: job.id, error: `${s.detail}: check the printer's output, then retry if it did not print` }, o);
  } else if (s.detail !== current.detail) record(db, actor, 'print.waiting', { jobId: job.id, detail: s.detail }, o);
}

/** Whether the process that sent a job may still be inside lp (so we must not send it again). */
function senderAlive(job: PrintJob): boolean {
  if (!job.worker || job.worker === WORKER_ID) return false;
  const [host, pid] = [job.worker.slice(0, job.worker.lastIndexOf(':')), Number(job.worker.slice(job.worker.lastIndexOf(':') + 1))];
  if (host !== hostname()) return true; // another machine's job: never ours to resolve
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A job found 'sending' without a spooler job id: its sender died between claiming and
 * recording what lp said. If the spooler holds a job with this attempt's unique title, adopt
 * it; otherwise it never reached the spooler and is sent again as a new attempt.
 */
async function resolveOrphan(db: Db, actor: Actor, job: PrintJob, o: WorkerOptions): Promise<void> {
  if (senderAlive(job)) return;
  const spooler = (o.spoolerFor ?? spoolerFor)(job.printer);
  let found: string | null;
  try {
    found = await spooler.findByTitle(job.printer, spoolerTitle(job, job.attempts));
  } catch {
    return; // the spooler cannot tell us now: leave it for the next pass rather than guess
  }
  if (found) {
    record(db, actor, 'print.submitted', { jobId: job.id, spoolerJobId: found, detail: `found with the spooler as ${found} after a restart` }, o);
    return;
  }
  const claimed = db
    .transaction(() => {
      const again = getJob(db, job.id);
      if (!again || again.state !== 'sending' || again.spoolerJobId || again.attempts !== job.attempts) return null;
      record(db, actor, 'print.sending', { jobId: job.id, attempt: job.attempts + 1, worker: WORKER_ID }, o);
      return getJob(db, job.id) as PrintJob;
    })
    .immediate();
  if (claimed) await send(db, actor, claimed, o);
}

/** Moves one job one step; returns it as it is afterwards. */
export async function stepJob(db: Db, actor: Actor, jobId: string, o: WorkerOptions): Promise<PrintJob | undefined> {
  const job = getJob(db, jobId);
  if (!job || job.desk !== actor.desk) return job;
  const now = (o.now?.() ?? new Date()).toISOString();
  if (job.state === 'queued' && (job.nextAttemptAt === null || job.nextAttemptAt <= now)) {
    const claimed = claim(db, actor, jobId, o);
    if (claimed) await send(db, actor, claimed, o);
  } else if (job.state === 'sending') {
    if (job.spoolerJobId) await follow(db, actor, { ...job, spoolerJobId: job.spoolerJobId }, o);
    else await resolveOrphan(db, actor, job, o);
  }
  return getJob(db, jobId);
}

/** At start: resolves every job of this desk left 'sending' by a process that is gone. */
export async function recover(db: Db, actor: Actor, o: WorkerOptions): Promise<PrintJob[]> {
  const jobs = jobsInState(db, actor.desk, 'sending');
  for (const job of jobs) await stepJob(db, actor, job.id, o);
  return jobs.map((j) => getJob(db, j.id) as PrintJob);
}

/** One pass over this desk's queue: due jobs are sent, sent ones followed. */
export async function workOnce(db: Db, actor: Actor, o: WorkerOptions): Promise<void> {
  const now = (o.now?.() ?? new Date()).toISOString();
  for (const job of [...jobsInState(db, actor.desk, 'sending'), ...dueJobs(db, actor.desk, now)]) await stepJob(db, actor, job.id, o);
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Steps the given jobs until each is done, failed, cancelled or waiting on something outside
 * (a paused printer, a retry time); for the `foyer print` commands and tests.
 */
export async function runUntilSettled(db: Db, actor: Actor, jobIds: readonly string[], o: WorkerOptions & { pollMs?: number; timeoutMs?: number }): Promise<PrintJob[]> {
  const deadline = Date.now() + (o.timeoutMs ?? 120_000);
  for (;;) {
    const jobs: PrintJob[] = [];
    for (const id of jobIds) {
      const j = await stepJob(db, actor, id, o);
      if (j) jobs.push(j);
    }
    if (jobs.every((j) => isSettled(j) || isWaiting(j)) || Date.now() > deadline) return jobs;
    await sleep(o.pollMs ?? 250);
  }
}

/**
 * The app's worker: recovers at start, then works the queue until stopped. `kick` starts a pass
 * at once (a job was just queued); the poll catches what nobody kicked for (retry times, spooler
 * states, jobs queued by another process).
 */
export function startWorker(db: Db, actor: Actor, o: WorkerOptions & { pollMs?: number; onError?: (err: unknown) => void }): { stop: () => Promise<void>; kick: () => void } {
  let running = true;
  // A kick during a pass is kept, so the job queued meanwhile gets the next pass at once.
  let kicked = false;
  let wake: (() => void) | null = null;
  const loop = (async () => {
    await recover(db, actor, o).catch(o.onError);
    while (running) {
      kicked = false;
      await workOnce(db, actor, o).catch(o.onError);
      if (kicked || !running) continue;
      await new Promise<void>((r) => {
        const timer = setTimeout(r, o.pollMs ?? 1000);
        wake = () => {
          clearTimeout(timer);
          r();
        };
      });
      wake = null;
    }
  })();
  const kick = (): void => {
    kicked = true;
    wake?.();
  };
  return {
    kick,
    stop: async () => {
      running = false;
      kick();
      await loop;
    },
  };
}
