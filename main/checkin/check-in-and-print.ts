import type { Db } from '../../db/open.ts';
import type { PrintJob } from '../../db/queries/print-jobs.ts';
import type { Actor } from '../events/envelope.ts';
import { onCheckin, type PrintAdmission, type PrintOnCheckinOptions, type PrintOutcome } from '../print/desk-rules.ts';
import { stepJob, type WorkerOptions } from '../print/worker.ts';
import { checkIn, type CheckinRequest, type CheckinResult } from './checkin.ts';

// A scan at the desk reads api → checkin → print: admission is decided (and committed) here, and
// only then does the print queue hear of it, as plain data.

export interface CheckInAndPrintRequest extends CheckinRequest, PrintOnCheckinOptions {}

export interface CheckInAndPrintResult {
  readonly checkin: CheckinResult;
  readonly print: PrintOutcome;
}

/** The part of a check-in's result the print queue needs. */
export function printAdmission(r: CheckinResult): PrintAdmission {
  return {
    outcome: r.outcome,
    attendeeId: r.attendee?.id ?? null,
    category: r.attendee?.category ?? '',
    checkinId: r.outcome === 'admitted' ? r.checkinId : null,
  };
}

/**
 * The desk's one call: checks in (committed first, whatever printing does), queues the badge,
 * and with `worker` hands the jobs to the spooler at once, so that the answer can say "badge
 * sent" or "printer missing" next to "admitted". Without it the app's worker sends them.
 */
export async function checkInAndPrint(db: Db, actor: Actor, request: CheckInAndPrintRequest, worker?: WorkerOptions): Promise<CheckInAndPrintResult> {
  const checkin = checkIn(db, actor, request);
  const print = onCheckin(db, actor, printAdmission(checkin), { reprint: request.reprint ?? false });
  if (print.status !== 'queued' || !worker) return { checkin, print };
  const jobs: PrintJob[] = [];
  for (const job of print.jobs) {
    try {
      jobs.push((await stepJob(db, actor, job.id, worker)) ?? job);
    } catch (err) {
      return { checkin, print: { status: 'error', message: err instanceof Error ? err.message : String(err), jobs: print.jobs } };
    }
  }
  const failed = jobs.filter((j) => j.state === 'failed' || (j.state === 'queued' && j.lastError));
  if (failed.length) return { checkin, print: { status: 'error', message: failed.map((j) => `${j.kind}: ${j.lastError ?? j.detail}`).join('; '), jobs } };
  return { checkin, print: { status: 'queued', jobs } };
}
