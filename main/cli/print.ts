import type { Command } from 'commander';
import type { Db } from '../../db/open.ts';
import { getAttendee } from '../../db/queries/attendees.ts';
import type { PrintJob } from '../../db/queries/print-jobs.ts';
import type { JobKind } from '../../model/print-jobs.ts';
import { resolveCode } from '../checkin/resolve.ts';
import { InputError } from '../errors.ts';
import type { Actor } from '../events/envelope.ts';
import { deskRules, setDeskRules } from '../print/desk-rules.ts';
import { defaultPrinter, listPrinters } from '../print/printers.ts';
import { cancelJob, enqueue, listJobs, retryJob } from '../print/queue.ts';
import { documentRenderers } from '../print/renderers.ts';
import { isSettled, runUntilSettled, workOnce, type WorkerOptions } from '../print/worker.ts';
import { EXIT, run } from './runner.ts';

/** Exit code of a `foyer print` whose job waits on something outside Foyer (a paused printer). */
export const EXIT_WAITING = 5;
const WORKER: WorkerOptions = { renderers: documentRenderers };

const describe = (db: Db, j: PrintJob): string => {
  const who = j.attendeeId ? (getAttendee(db, j.attendeeId)?.displayName ?? j.attendeeId) : '—';
  const reprint = j.reprint > 0 ? ` (reprint ${j.reprint})` : '';
  return `${j.id.slice(0, 8)}  ${j.kind}${reprint}  ${who}  → ${j.printer}  ${j.state.toUpperCase()}  ${j.detail}  [attempts ${j.attempts}]`;
};

const jobJson = (db: Db, j: PrintJob): PrintJob & { name: string | null } => ({
  ...j, name: j.attendeeId ? (getAttendee(db, j.attendeeId)?.displayName ?? null) : null,
});

function attendeeOf(db: Db, code: string, byId: boolean): string {
  if (byId) {
    if (!getAttendee(db, code)) throw new InputError(`No attendee with id ${code}.`);
    return code;
  }
  const r = resolveCode(db, code);
  if (r.kind === 'found') return r.attendeeId;
  throw new InputError(r.kind === 'forged' ? r.message : `Unknown code "${code.trim()}".`);
}

async function printerFor(db: Db, actor: Actor, kind: JobKind, flag: string | undefined): Promise<string> {
  const rules = deskRules(db, actor.desk);
  const printer = flag ?? (kind === 'sheet' ? rules.sheetPrinter : kind === 'badge' ? rules.badgePrinter : null) ?? (await defaultPrinter().catch(() => null));
  if (!printer) throw new InputError('No printer: give --printer, set one with `foyer print desk`, or set a system default.');
  return printer;
}

interface PrintOptions { printer?: string; copies?: string; template?: string; wait: boolean; id?: boolean }

/** Queues one job, then (unless --no-wait) works it until it is done, failed or waiting. */
async function printOne(db: Db, actor: Actor, kind: JobKind, code: string | null, o: PrintOptions) {
  const attendeeId = code === null ? null : attendeeOf(db, code, o.id ?? false);
  const copies = o.copies === undefined ? 1 : Number(o.copies);
  const template = kind === 'badge' ? (o.template ?? deskRules(db, actor.desk).badgeTemplate) : null;
  const queued = enqueue(db, actor, { kind, attendeeId, printer: await printerFor(db, actor, kind, o.printer), copies, template });
  const [job] = o.wait ? await runUntilSettled(db, actor, [queued.id], WORKER) : [queued];
  const j = job ?? queued;
  const exitCode = j.state === 'done' || !o.wait ? EXIT.ok : j.state === 'failed' ? EXIT.failure : EXIT_WAITING;
  return { exitCode, json: jobJson(db, j), text: describe(db, j) };
}

export function registerPrint(program: Command): void {
  program
    .command('printers')
    .description('list the printers of this computer, the system default first')
    .action(run(program, async () => {
      const printers = await listPrinters();
      const text = printers.length === 0
        ? 'No printers. A PDF folder works too: --printer folder:/path/to/folder'
        : printers.map((p) => `${p.isDefault ? '*' : ' '} ${p.name}  ${p.state}${p.acceptingJobs ? '' : ', not accepting jobs'}${p.message ? ` (${p.message})` : ''}${p.description ? `  — ${p.description}` : ''}`).join('\n');
      return { json: printers, text };
    }));

  const print = program.command('print').description('print badges, meeting sheets and test pages through the print queue (exit 5: waiting)');
  const common = (c: Command): Command => c
    .option('--printer <name>', 'printer name, or folder:/path for a PDF folder (default: the desk rule, else the system default)')
    .option('--no-wait', 'queue the job and return at once');
  common(print.command('badge').description('print a badge (again, if the person has one: counted as a reprint)')
    .argument('<code>', 'ticket code or badge code').option('--id', 'the argument is an attendee id')
    .option('--copies <n>', 'copies', '1').option('--template <name>', 'badge template (default: the desk rule)'))
    .action(run(program, (ctx, code: string, o: PrintOptions) => printOne(ctx.db, ctx.actor, 'badge', code, o)));
  common(print.command('sheet').description("print a person's meeting sheet")
    .argument('<code>', 'ticket code or badge code').option('--id', 'the argument is an attendee id'))
    .action(run(program, (ctx, code: string, o: PrintOptions) => printOne(ctx.db, ctx.actor, 'sheet', code, o)));
  common(print.command('test-page').description('print a test page (printer name, time, a scale pattern)'))
    .action(run(program, (ctx, o: PrintOptions) => printOne(ctx.db, ctx.actor, 'test-page', null, o)));
  print
    .command('desk')
    .description("show or set this desk's printers (the badge prints on the first check-in)")
    .option('--badge-printer <name>', 'printer for badges').option('--sheet-printer <name>', 'printer for meeting sheets')
    .option('--template <name>', 'badge template').option('--auto', 'print the badge on check-in').option('--no-auto', 'do not print on check-in')
    .action(run(program, (ctx, o: { badgePrinter?: string; sheetPrinter?: string; template?: string; auto?: boolean }) => {
      const change = {
        ...(o.badgePrinter !== undefined ? { badgePrinter: o.badgePrinter || null } : {}),
        ...(o.sheetPrinter !== undefined ? { sheetPrinter: o.sheetPrinter || null } : {}),
        ...(o.template !== undefined ? { badgeTemplate: o.template || null } : {}),
        ...(o.auto !== undefined ? { autoPrint: o.auto } : {}),
      };
      const r = Object.keys(change).length ? setDeskRules(ctx.db, ctx.actor, change) : deskRules(ctx.db, ctx.actor.desk);
      const text = `Desk "${r.desk}": badges → ${r.badgePrinter ?? '(none)'} (template ${r.badgeTemplate ?? 'default'}), ` +
        `meeting sheets → ${r.sheetPrinter ?? '(none)'}, print on check-in: ${r.autoPrint ? 'yes' : 'no'}`;
      return { json: r, text };
    }));

  program
    .command('queue')
    .description('show the print queue; retry or cancel a job; --run works the queue until nothing can move')
    .option('--retry <id>', 'send a failed or cancelled job again').option('--cancel <id>', 'cancel a job')
    .option('--run', "work this desk's queue until every job is done, failed or waiting")
    .option('--limit <n>', 'show at most this many jobs', '20')
    .action(run(program, async (ctx, o: { retry?: string; cancel?: string; run?: boolean; limit: string }) => {
      if (o.cancel) {
        const j = await cancelJob(ctx.db, ctx.actor, o.cancel);
        return { json: jobJson(ctx.db, j), text: describe(ctx.db, j) };
      }
      if (o.retry) {
        const queued = retryJob(ctx.db, ctx.actor, o.retry);
        const [j = queued] = await runUntilSettled(ctx.db, ctx.actor, [queued.id], WORKER);
        return { exitCode: j.state === 'done' ? EXIT.ok : j.state === 'failed' ? EXIT.failure : EXIT_WAITING, json: jobJson(ctx.db, j), text: describe(ctx.db, j) };
      }
      if (o.run) {
        await workOnce(ctx.db, ctx.actor, WORKER);
        const open = listJobs(ctx.db, { limit: 1000, desk: ctx.actor.desk }).filter((j) => !isSettled(j));
        await runUntilSettled(ctx.db, ctx.actor, open.map((j) => j.id), WORKER);
      }
      const jobs = listJobs(ctx.db, { limit: Number(o.limit) || 20 });
      return { json: jobs.map((j) => jobJson(ctx.db, j)), text: jobs.length ? jobs.map((j) => describe(ctx.db, j)).join('\n') : 'The print queue is empty.' };
    }));
}
