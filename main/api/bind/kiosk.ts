import { EmailCheck, kioskFirstName, kioskSearch } from '../../kiosk/self-service.ts';
import { clearHelp, listHelp, raiseHelp } from '../../kiosk/help.ts';
import { verifyStaffPin } from '../../staff/pin.ts';
import type { Output } from '../contract.ts';
import { ApiFailure } from '../failure.ts';
import type { ApiContext, HandlerTable } from '../handler-types.ts';
import { admitAndPrint } from './print.ts';

/** Checks a kiosk visitor in and prints their badge; tells them only their first name and what next. */
async function admit(ctx: ApiContext, target: { code: string } | { attendeeId: string }): Promise<Output<'kiosk.scan'>> {
  const { checkin: r, print } = await admitAndPrint(ctx, target);
  const firstName = r.attendee ? kioskFirstName(r.attendee) : '';
  if (r.outcome === 'attention') {
    // A flagged person is served by staff: the kiosk sends them to the desk and calls someone over.
    const flag = raiseHelp(ctx.db, ctx.actor, ctx.actor.desk, `${r.attendee.displayName} needs attention${r.note ? `: ${r.note}` : ''}`.slice(0, 300), ctx.now());
    ctx.bus.publish({ type: 'help', flag });
    return { outcome: 'refused', firstName, message: 'Please go to the registration desk: our staff will welcome you.', printed: false };
  }
  if (r.outcome === 'refused') {
    return { outcome: 'refused', firstName, message: 'We could not check you in here. Please go to the registration desk.', printed: false };
  }
  const printed = print.status === 'queued' && print.jobs.length > 0;
  const state = r.outcome === 'already' ? 'You are already checked in.' : 'You are checked in.';
  const next = printed ? 'Please take your badge from the printer.' : 'Please collect your badge at the registration desk.';
  return { outcome: r.outcome, firstName, message: `${state} ${next}`, printed };
}

/** Self-service kiosk and help flags. Failed e-mail attempts are counted per API instance. */
export function kioskHandlers(): HandlerTable {
  const emails = new EmailCheck();
  return {
    'kiosk.search': ({ query }, ctx) => kioskSearch(ctx.db, query),
    'kiosk.scan': ({ code }, ctx) => admit(ctx, { code }),
    'kiosk.printOwnBadge': ({ ref, email }, ctx) => {
      const check = emails.verify(ctx.db, ref, email, ctx.now().getTime());
      if (!check.ok) throw new ApiFailure('denied', check.message);
      return admit(ctx, { attendeeId: check.attendee.id });
    },
    'kiosk.help': ({ station, message }, ctx) => {
      const flag = raiseHelp(ctx.db, ctx.actor, station, message, ctx.now());
      ctx.bus.publish({ type: 'help', flag });
      return flag;
    },
    'help.list': (_input, ctx) => listHelp(ctx.db),
    'help.clear': ({ id }, ctx) => {
      const flag = clearHelp(ctx.db, ctx.actor, id, ctx.now());
      if (!flag) throw new ApiFailure('not-found', `No help request ${id}.`);
      ctx.bus.publish({ type: 'help', flag });
      return flag;
    },
    'kiosk.leave': ({ pin }, ctx) => {
      if (!verifyStaffPin(ctx.db, pin)) return { left: false };
      ctx.leaveKiosk?.();
      return { left: true };
    },
  };
}
