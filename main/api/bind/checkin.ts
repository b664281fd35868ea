import { getAttendee } from '../../../db/queries/attendees.ts';
import { decisionsOfDay } from '../../../db/queries/desk-decisions.ts';
import { checkInAndPrint } from '../../checkin/check-in-and-print.ts';
import { undoCheckin, UndoError } from '../../checkin/checkin.ts';
import type { PrintOutcome } from '../../print/desk-rules.ts';
import { doubleAdmissions } from '../../sync/conflicts.ts';
import type { Output } from '../contract.ts';
import { ApiFailure } from '../failure.ts';
import type { ApiContext, HandlersOf } from '../handler-types.ts';
import { announce, type DoorDecision, outcomeView, recordCheckin, today } from './views.ts';

const decisionOf = (i: DoorDecision): DoorDecision => ({
  ...(i.confirmAttention ? { confirmAttention: true } : {}),
  ...(i.override ? { override: { reason: i.override.reason } } : {}),
});

const targetOf = (i: { code: string } | { attendeeId: string }) => ('code' in i ? { code: i.code } : { attendeeId: i.attendeeId });

const printView = (p: PrintOutcome): Output<'checkin.scanAndPrint'>['print'] =>
  p.status === 'skipped'
    ? { status: 'skipped', message: p.reason, jobs: [], reason: p.code }
    : { status: p.status, message: p.status === 'error' ? p.message : '', jobs: [...p.jobs], reason: null };

/** The desk's one call: check in, then queue what the desk rules say to print (the worker sends it). */
async function admitAndPrint(
  ctx: ApiContext, target: { code: string } | { attendeeId: string }, day?: string, decision: DoorDecision = {},
): Promise<Output<'checkin.scanAndPrint'>> {
  const r = await checkInAndPrint(ctx.db, ctx.actor, { target, now: ctx.now(), ...(day ? { day } : {}), ...decision });
  const checkin = outcomeView(r.checkin);
  if (checkin.outcome === 'admitted') ctx.bus.publish({ type: 'checkin', outcome: checkin });
  const print = printView(r.print);
  announce(ctx, print.jobs);
  return { checkin, print };
}

/** The front door: a scan (with or without the badge), its undo, the day's decisions, double admissions. */
export const checkinHandlers: HandlersOf<'checkin'> = {
  'checkin.scan': (input, ctx) => recordCheckin(ctx, targetOf(input), input.day, decisionOf(input)),
  'checkin.scanAndPrint': (input, ctx) => admitAndPrint(ctx, targetOf(input), input.day, decisionOf(input)),
  'checkin.undo': ({ checkinId, reason }, ctx) => {
    try {
      const checkin = undoCheckin(ctx.db, ctx.actor, checkinId, ctx.now(), reason ?? '');
      ctx.bus.publish({ type: 'checkin.undone', checkin });
      return checkin;
    } catch (err) {
      if (err instanceof UndoError) throw new ApiFailure('invalid', err.message);
      throw err;
    }
  },
  'checkin.decisions': ({ day }, ctx) => {
    const d = day ?? today(ctx);
    return [...decisionsOfDay(ctx.db, d, 'override'), ...decisionsOfDay(ctx.db, d, 'attention-confirmed')]
      .map((x) => ({ ...x, displayName: getAttendee(ctx.db, x.attendeeId)?.displayName ?? x.attendeeId }));
  },
  'checkin.doubleAdmissions': ({ day }, ctx) =>
    doubleAdmissions(ctx.db, day).map((d) => ({ ...d, checkins: [...d.checkins] })),
};
