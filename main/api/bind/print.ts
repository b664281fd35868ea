import { getAttendee } from '../../../db/queries/attendees.ts';
import { activeCheckins } from '../../../db/queries/checkins.ts';
import { liveBadgeJobs, type PrintJob } from '../../../db/queries/print-jobs.ts';
import { badgeTemplateFor, deskRules } from '../../print/desk-rules.ts';
import { NoBadgePrinterError, queueBadgeBatch } from '../../print/preprinted.ts';
import { cancelJob, enqueue, listJobs, retryJob } from '../../print/queue.ts';
import { ApiFailure } from '../failure.ts';
import type { ApiContext, HandlersOf } from '../handler-types.ts';
import { announce, refuseFolder, today } from './views.ts';

/** A second click within this long asks for the badge the first click queued, not another one. */
const DOUBLE_CLICK_MS = 3000;

function queue(ctx: ApiContext, kind: 'badge' | 'sheet', attendeeId: string, printer: string | undefined): PrintJob {
  refuseFolder(printer, false);
  const attendee = getAttendee(ctx.db, attendeeId);
  if (!attendee) throw new ApiFailure('not-found', `No attendee with id ${attendeeId}.`);
  // No badge by mistake: a cancelled or blocked person gets one only once staff admitted them (override).
  if (attendee.status !== 'active' && activeCheckins(ctx.db, attendeeId, today(ctx)).length === 0) {
    throw new ApiFailure('denied', `${attendee.displayName} is ${attendee.status}: admit them with an override first.`);
  }
  const recent = kind === 'badge' ? liveBadgeJobs(ctx.db, attendeeId).at(-1) : undefined;
  if (recent && recent.desk === ctx.actor.desk && ctx.now().getTime() - Date.parse(recent.createdAt) < DOUBLE_CLICK_MS) return recent;
  const rules = deskRules(ctx.db, ctx.actor.desk);
  const target = printer ?? (kind === 'badge' ? rules.badgePrinter : rules.sheetPrinter);
  if (!target) throw new ApiFailure('invalid', `No ${kind} printer is set for desk "${ctx.actor.desk}": choose one in Setup.`);
  const job = enqueue(ctx.db, ctx.actor, { kind, attendeeId, printer: target, template: kind === 'badge' ? badgeTemplateFor(ctx.db, ctx.actor.desk, attendee.category) : null }, ctx.now());
  announce(ctx, [job]);
  return job;
}

/** Badges, sheets, the queue and the pre-printed batch (main/print). */
export const printHandlers: HandlersOf<'print'> = {
  'print.badge': ({ attendeeId, printer }, ctx) => queue(ctx, 'badge', attendeeId, printer),
  'print.sheet': ({ attendeeId, printer }, ctx) => queue(ctx, 'sheet', attendeeId, printer),
  'print.queue': (_input, ctx) => listJobs(ctx.db, { limit: 100 }),
  'print.retry': ({ jobId }, ctx) => {
    const job = retryJob(ctx.db, ctx.actor, jobId);
    announce(ctx, [job]);
    return job;
  },
  'print.cancel': async ({ jobId }, ctx) => {
    const job = await cancelJob(ctx.db, ctx.actor, jobId);
    announce(ctx, [job]);
    return job;
  },
  'print.batch': ({ category }, ctx) => {
    try {
      const batch = queueBadgeBatch(ctx.db, ctx.actor, category ? { category } : {}, ctx.now());
      if (batch.queued > 0) ctx.printQueued();
      return batch;
    } catch (err) {
      if (err instanceof NoBadgePrinterError) throw new ApiFailure('invalid', err.message);
      throw err;
    }
  },
};
