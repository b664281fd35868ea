import { getAttendee } from '../../../db/queries/attendees.ts';
import { activeCheckins } from '../../../db/queries/checkins.ts';
import { readConference } from '../../../db/queries/conference.ts';
import { liveBadgeJobs, type PrintJob } from '../../../db/queries/print-jobs.ts';
import { dayIn } from '../../../model/dates.ts';
import { NoBadgePrinterError, queueBadgeBatch } from '../../print/preprinted.ts';
import { checkInAndPrint } from '../../checkin/check-in-and-print.ts';
import { badgeTemplateFor, deskRules, type PrintOutcome, setDeskRules } from '../../print/desk-rules.ts';
import { listPrinters } from '../../print/printers.ts';
import { cancelJob, enqueue, listJobs, retryJob } from '../../print/queue.ts';
import type { Output } from '../contract.ts';
import { ApiFailure } from '../failure.ts';
import type { ApiContext, HandlerTable } from '../handler-types.ts';
import { decisionOf, type DoorDecision, outcomeView } from './desk.ts';

const printView = (p: PrintOutcome): Output<'checkin.scanAndPrint'>['print'] =>
  p.status === 'skipped'
    ? { status: 'skipped', message: p.reason, jobs: [], reason: p.code }
    : { status: p.status, message: p.status === 'error' ? p.message : '', jobs: [...p.jobs], reason: null };

function announce(ctx: ApiContext, jobs: readonly Output<'print.badge'>[]): void {
  for (const job of jobs) ctx.bus.publish({ type: 'print.job', job });
}

/** The desk's one call: check in, then queue what the desk rules say to print (the worker sends it). */
export async function admitAndPrint(
  ctx: ApiContext, target: { code: string } | { attendeeId: string }, day?: string, decision: DoorDecision = {},
): Promise<Output<'checkin.scanAndPrint'>> {
  const r = await checkInAndPrint(ctx.db, ctx.actor, { target, now: ctx.now(), ...(day ? { day } : {}), ...decision });
  const checkin = outcomeView(r.checkin);
  if (checkin.outcome === 'admitted') ctx.bus.publish({ type: 'checkin', outcome: checkin });
  const print = printView(r.print);
  announce(ctx, print.jobs);
  return { checkin, print };
}

/**
 * A "PDF folder" printer writes files where it is told: it is set on the machine itself (CLI, or
 * the Setup screen of the desk's own window), never named by a request from another device.
 */
export const FOLDER_PRINTER = /^\s*folder:/i;
const onThisMachine = (ctx: ApiContext): boolean => !ctx.caller || ctx.caller.onMachine === true;
function refuseFolder(printer: string | null | undefined, allowed: boolean): void {
  if (printer && FOLDER_PRINTER.test(printer) && !allowed) {
    throw new ApiFailure('denied', 'PDF-folder printers are set on the desk itself (foyer print desk, or Setup in its own window), not named by a request.');
  }
}

/** A second click within this long asks for the badge the first click queued, not another one. */
const DOUBLE_CLICK_MS = 3000;

function queue(ctx: ApiContext, kind: 'badge' | 'sheet', attendeeId: string, printer: string | undefined): PrintJob {
  refuseFolder(printer, false);
  const attendee = getAttendee(ctx.db, attendeeId);
  if (!attendee) throw new ApiFailure('not-found', `No attendee with id ${attendeeId}.`);
  // No badge by mistake: a cancelled or blocked person gets one only once staff admitted them (override).
  const today = dayIn(readConference(ctx.db)?.settings.timeZone ?? 'UTC', ctx.now());
  if (attendee.status !== 'active' && activeCheckins(ctx.db, attendeeId, today).length === 0) {
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

/** Badges, sheets, the queue and the printers (main/print). */
export const printHandlers: HandlerTable = {
  'checkin.scanAndPrint': (input, ctx) => admitAndPrint(ctx, 'code' in input ? { code: input.code } : { attendeeId: input.attendeeId }, input.day, decisionOf(input)),
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
      return queueBadgeBatch(ctx.db, ctx.actor, category ? { category } : {}, ctx.now());
    } catch (err) {
      if (err instanceof NoBadgePrinterError) throw new ApiFailure('invalid', err.message);
      throw err;
    }
  },
  'printers.list': async () => [...(await listPrinters())],
  'printers.rules': (_input, ctx) => deskRules(ctx.db, ctx.actor.desk),
  'printers.setRules': (rules, ctx) => {
    refuseFolder(rules.badgePrinter, onThisMachine(ctx));
    refuseFolder(rules.sheetPrinter, onThisMachine(ctx));
    return setDeskRules(ctx.db, ctx.actor, rules);
  },
  'printers.testPage': ({ printer }, ctx) => {
    refuseFolder(printer, onThisMachine(ctx));
    const job = enqueue(ctx.db, ctx.actor, { kind: 'test-page', attendeeId: null, printer }, ctx.now());
    announce(ctx, [job]);
    return job;
  },
};
