import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/open.ts';
import { getAttendee } from '../../db/queries/attendees.ts';
import { getJob, jobsByIdPrefix, liveBadgeJobs, type PrintJob, recentJobs } from '../../db/queries/print-jobs.ts';
import type { JobKind } from '../../model/print-jobs.ts';
import { InputError } from '../errors.ts';
import { apply } from '../events/apply.ts';
import { type Actor, newEvent } from '../events/envelope.ts';
import { spoolerFor } from './printers.ts';

// The queue's write side for people and the API: every change is an event through apply().

export interface PrintRequest {
  readonly kind: JobKind;
  readonly attendeeId: string | null;
  readonly printer: string;
  readonly template?: string | null;
  readonly copies?: number;
  readonly checkinId?: string | null;
}

/** Puts a job in this desk's queue; a badge for someone who already has one counts as a reprint. */
export function enqueue(db: Db, actor: Actor, r: PrintRequest, now = new Date()): PrintJob {
  const copies = r.copies ?? 1;
  if (!Number.isInteger(copies) || copies < 1 || copies > 99) throw new InputError('copies must be a whole number from 1 to 99');
  if (!r.printer.trim()) throw new InputError('No printer given, and no printer is set for this desk (foyer print desk).');
  return db
    .transaction(() => {
      if (r.kind !== 'test-page' && (!r.attendeeId || !getAttendee(db, r.attendeeId))) {
        throw new InputError(`No attendee with id ${r.attendeeId ?? '(none)'}.`);
      }
      const reprint = r.kind === 'badge' && r.attendeeId ? liveBadgeJobs(db, r.attendeeId).length : 0;
      const jobId = randomUUID();
      apply(db, newEvent(actor, 'print.queued', {
        jobId, kind: r.kind, attendeeId: r.attendeeId, template: r.template ?? null, copies, printer: r.printer,
        desk: actor.desk, checkinId: r.checkinId ?? null, reprint,
      }, now));
      return getJob(db, jobId) as PrintJob;
    })
    .immediate();
}

/** A job by its id or an unambiguous start of it (as the CLI shows them). */
export function findJob(db: Db, idOrPrefix: string): PrintJob {
  const exact = getJob(db, idOrPrefix);
  if (exact) return exact;
  const hits = idOrPrefix.length >= 4 ? jobsByIdPrefix(db, idOrPrefix) : [];
  if (hits.length === 1) return hits[0] as PrintJob;
  throw new InputError(hits.length ? `"${idOrPrefix}" matches several jobs; give more of the id.` : `No print job ${idOrPrefix}.`);
}

/** Cancels a job that has not finished; one already with the spooler is cancelled there too. */
export async function cancelJob(db: Db, actor: Actor, id: string): Promise<PrintJob> {
  const job = findJob(db, id);
  if (job.state === 'done' || job.state === 'cancelled') throw new InputError(`Job ${job.id} is already ${job.state}.`);
  if (job.state === 'sending' && job.spoolerJobId) {
    await spoolerFor(job.printer).cancel(job.printer, job.spoolerJobId);
  }
  apply(db, newEvent(actor, 'print.cancelled', { jobId: job.id }));
  return getJob(db, job.id) as PrintJob;
}

/** Puts a failed or cancelled job back in the queue, to be sent again at once. */
export function retryJob(db: Db, actor: Actor, id: string): PrintJob {
  const job = findJob(db, id);
  if (job.state !== 'failed' && job.state !== 'cancelled' && job.state !== 'queued') {
    throw new InputError(`Job ${job.id} is ${job.state}; only a failed, cancelled or waiting job can be retried.`);
  }
  apply(db, newEvent(actor, 'print.requeued', { jobId: job.id }));
  return getJob(db, job.id) as PrintJob;
}

export function listJobs(db: Db, options: { limit?: number; desk?: string } = {}): PrintJob[] {
  return recentJobs(db, options.limit ?? 50, options.desk);
}
