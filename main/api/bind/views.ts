import { readConference } from '../../../db/queries/conference.ts';
import { checkIn, type CheckinResult } from '../../checkin/checkin.ts';
import { dayIn } from '../../../model/dates.ts';
import type { Output } from '../contract.ts';
import { ApiFailure } from '../failure.ts';
import type { ApiContext } from '../handler-types.ts';

// What several bind files share: the contract's view of a check-in, today's date at the venue,
// the live-update announcements, and the rule on PDF-folder printers.

/** The contract's shape of a check-in result (a refusal without a person carries null). */
export const outcomeView = (r: CheckinResult): Output<'checkin.scan'> =>
  (r.outcome === 'refused' ? { ...r, attendee: r.attendee ?? null } : r) as Output<'checkin.scan'>;

/** Today in the conference's time zone (UTC before the conference is set up). */
export const today = (ctx: ApiContext): string => dayIn(readConference(ctx.db)?.settings.timeZone ?? 'UTC', ctx.now());

/** Staff's word at the door, as the contract carries it (see checkinTarget). */
export interface DoorDecision {
  readonly confirmAttention?: boolean;
  readonly override?: { readonly reason: string };
}

/** Checks in and tells every screen. */
export function recordCheckin(ctx: ApiContext, target: { code: string } | { attendeeId: string }, day?: string, decision: DoorDecision = {}): Output<'checkin.scan'> {
  const outcome = outcomeView(checkIn(ctx.db, ctx.actor, { target, now: ctx.now(), ...(day ? { day } : {}), ...decision }));
  if (outcome.outcome === 'admitted') ctx.bus.publish({ type: 'checkin', outcome });
  return outcome;
}

/** Tells every screen of new or changed print jobs, and wakes the worker so a queued one goes now. */
export function announce(ctx: ApiContext, jobs: readonly Output<'print.badge'>[]): void {
  for (const job of jobs) ctx.bus.publish({ type: 'print.job', job });
  if (jobs.some((j) => j.state === 'queued')) ctx.printQueued();
}

/**
 * A "PDF folder" printer writes files where it is told: it is set on the machine itself (CLI, or
 * the Setup screen of the desk's own window), never named by a request from another device.
 */
export const FOLDER_PRINTER = /^\s*folder:/i;
export const onThisMachine = (ctx: ApiContext): boolean => !ctx.caller || ctx.caller.onMachine === true;
export function refuseFolder(printer: string | null | undefined, allowed: boolean): void {
  if (printer && FOLDER_PRINTER.test(printer) && !allowed) {
    throw new ApiFailure('denied', 'PDF-folder printers are set on the desk itself (foyer print desk, or Setup in its own window), not named by a request.');
  }
}
