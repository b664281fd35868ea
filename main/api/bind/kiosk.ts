import { getAttendee } from '../../../db/queries/attendees.ts';
import { addHit, countHits } from '../../../db/queries/guard-hits.ts';
import { kioskAdmit } from '../../kiosk/admit.ts';
import { emailChoices, localPartMatches, maskEmail } from '../../kiosk/email-challenge.ts';
import { raiseHelp } from '../../kiosk/help.ts';
import { type Caller, KIOSK_LIMITS, KioskGuard, type KioskLimits, RateLimited } from '../../kiosk/rate-limit.ts';
import { KioskRefs } from '../../kiosk/refs.ts';
import { isPhysicalScan } from '../../../model/scan-capture.ts';
import { kioskFirstName, kioskSearch } from '../../kiosk/self-service.ts';
import { kioskActor } from '../../kiosk/station.ts';
import { PinLocked } from '../../staff/pin-guard.ts';
import { hasStaffPin, verifyStaffPin } from '../../staff/pin.ts';
import type { Output } from '../contract.ts';
import { ApiFailure } from '../failure.ts';
import type { ApiContext, HandlersOf } from '../handler-types.ts';
import { announce, outcomeView } from './views.ts';

type KioskOutcome = Output<'kiosk.scan'>;

const LOCAL: Caller = { role: 'desk', client: 'local' };
const callerOf = (ctx: ApiContext): Caller => ctx.caller ?? LOCAL;
const DAY = 24 * 3600_000;
/** After a wrong pick for a person, that person confirms by typing the part before @ for a day. */
const wrongPicksFor = (attendeeId: string): string => `email-wrong|attendee:${attendeeId}`;

/** Limits and lock-outs answer HTTP 429 with a sentence a visitor can act on. */
const asFailure = (err: unknown): unknown =>
  err instanceof RateLimited || err instanceof PinLocked ? new ApiFailure('rate-limited', err.message) : err;

function guarded<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    throw asFailure(err);
  }
}

/** Checks a visitor in (or sends them to the desk) and says only their first name and what next. */
function admit(ctx: ApiContext, target: { code: string } | { attendeeId: string }): KioskOutcome {
  const r = kioskAdmit(ctx.db, ctx.actor, target, ctx.now());
  if (r.kind === 'unknown') {
    return { outcome: 'refused', firstName: '', message: 'We could not find this ticket. Please go to the registration desk.', printed: false, helpRaised: false };
  }
  if (r.kind === 'desk') {
    ctx.bus.publish({ type: 'help', flag: r.help });
    return { outcome: 'desk', firstName: kioskFirstName(r.attendee), message: 'Please go to the registration desk: the staff there are expecting you.', printed: false, helpRaised: true };
  }
  const checkin = outcomeView(r.checkin);
  if (checkin.outcome === 'admitted') ctx.bus.publish({ type: 'checkin', outcome: checkin });
  const printed = r.print.status === 'queued' && r.print.jobs.length > 0;
  if (r.print.status !== 'skipped') announce(ctx, r.print.jobs);
  const state = r.checkin.outcome === 'already' ? 'You are already checked in.' : 'You are checked in.';
  const next = printed ? 'Please take your badge from the printer.' : 'Please collect your badge at the registration desk.';
  return { outcome: r.checkin.outcome, firstName: kioskFirstName(r.checkin.attendee), message: `${state} ${next}`, printed, helpRaised: false };
}

/** Self-service kiosk, its call for help and the staff exit. Every try is counted (main/kiosk/rate-limit.ts). */
export function kioskHandlers(limits: KioskLimits = KIOSK_LIMITS): HandlersOf<'kiosk'> {
  const guards = new WeakMap<ApiContext['db'], KioskGuard>();
  const guardOf = (ctx: ApiContext): KioskGuard => {
    let g = guards.get(ctx.db);
    if (!g) guards.set(ctx.db, (g = new KioskGuard(ctx.db, limits)));
    return g;
  };
  const refs = new KioskRefs();
  /** The person behind a reference this device was given; a stale one sends the visitor back. */
  const personOf = (ctx: ApiContext, ref: string) => {
    const id = refs.resolve(ref, callerOf(ctx).client, ctx.now().getTime());
    const attendee = id ? getAttendee(ctx.db, id) : undefined;
    if (!attendee) throw new ApiFailure('not-found', 'Please search for your name again.');
    return attendee;
  };

  return {
    'kiosk.search': ({ query }, ctx) => guarded(() => {
      const caller = callerOf(ctx);
      guardOf(ctx).take('search', caller, ctx.now().getTime());
      const { people, total } = kioskSearch(ctx.db, query);
      const matches = people.map((p) => ({ ref: refs.issue(p.attendee.id, caller.client, ctx.now().getTime()), firstName: p.firstName, familyInitial: p.familyInitial }));
      return { matches, total };
    }),
    'kiosk.scan': ({ code, capture }, ctx) => guarded(() => {
      guardOf(ctx).take('scan', callerOf(ctx), ctx.now().getTime());
      if (!isPhysicalScan(code, capture)) throw new ApiFailure('denied', 'Please scan your ticket or badge: a code typed by hand is not accepted here.');
      return admit(ctx, { code });
    }),
    'kiosk.emailChallenge': ({ ref }, ctx) => guarded(() => {
      guardOf(ctx).check('email-wrong', callerOf(ctx), ctx.now().getTime());
      const attendee = personOf(ctx, ref);
      if (!attendee.email.includes('@')) return { kind: 'none' as const };
      if (countHits(ctx.db, wrongPicksFor(attendee.id), ctx.now().getTime() - DAY) > 0) {
        return { kind: 'type' as const, domain: maskEmail(attendee.email).split('@')[1] ?? '' };
      }
      const choices = emailChoices(ctx.db, attendee);
      return choices ? { kind: 'choose' as const, choices: [...choices.masks] } : { kind: 'none' as const };
    }),
    'kiosk.printOwnBadge': (input, ctx) => guarded(() => {
      const caller = callerOf(ctx);
      const now = ctx.now().getTime();
      const guard = guardOf(ctx);
      guard.check('email-wrong', caller, now);
      guard.take('email', caller, now);
      const attendee = personOf(ctx, input.ref);
      const typing = countHits(ctx.db, wrongPicksFor(attendee.id), now - DAY) > 0;
      let right: boolean;
      if ('localPart' in input) right = localPartMatches(attendee, input.localPart);
      else right = !typing && emailChoices(ctx.db, attendee)?.answer === input.choice;
      if (!right) {
        // The device that answered wrong is slowed and then locked; the person is never locked out,
        // they are only asked the harder question (the part before @) for a day.
        guard.record('email-wrong', caller, now);
        addHit(ctx.db, wrongPicksFor(attendee.id), now);
        throw new ApiFailure('denied', 'That is not the e-mail address we have. Please ask at the registration desk.');
      }
      return admit(ctx, { attendeeId: attendee.id });
    }),
    'kiosk.help': ({ station, message }, ctx) => {
      const actor = kioskActor(ctx.actor);
      const flag = raiseHelp(ctx.db, actor, station === 'Kiosk' ? actor.desk : station, message, ctx.now());
      ctx.bus.publish({ type: 'help', flag });
      return flag;
    },
    'kiosk.pinStatus': (_input, ctx) => ({ set: hasStaffPin(ctx.db) }),
    'kiosk.leave': async ({ pin }, ctx) => {
      if (!hasStaffPin(ctx.db)) return { left: false };
      guarded(() => guardOf(ctx).take('pin', callerOf(ctx), ctx.now().getTime()));
      const right = await verifyStaffPin(ctx.db, pin, ctx.now().getTime()).catch((err: unknown) => {
        throw asFailure(err);
      });
      if (!right) return { left: false };
      ctx.leaveKiosk?.();
      return { left: true };
    },
  };
}
