import { readPlan } from '../../../db/queries/planning.ts';
import { dayStats } from '../../checkin/stats.ts';
import { apply } from '../../events/apply.ts';
import { newEvent } from '../../events/envelope.ts';
import { plannedCurve } from '../../planning/arrival-curves.ts';
import { type PlanInputs, planInputs } from '../../planning/events.ts';
import { actualOfDay, planDesks, serviceTimeFor } from '../../planning/plan.ts';
import type { HandlersOf } from '../handler-types.ts';

const queueOf = (o: { slots: readonly { queue: number }[] }): number[] => o.slots.map((s) => Math.round(s.queue * 10) / 10);

/** The desk-sizing advisor for one day: the saved plan (or one from the day's roster), and what happened. */
export const planHandlers: HandlersOf<'plan'> = {
  'plan.desks': ({ day, save, ...overrides }, ctx) => {
    const stored = readPlan(ctx.db, day);
    const saved = stored ? planInputs.safeParse(stored.inputs) : undefined;
    const base: PlanInputs = saved?.success
      ? saved.data
      : planInputs.parse({ arrivals: Math.max(1, dayStats(ctx.db, day, ctx.now()).registered), opening: '09:30', targetSeconds: 180 });
    const given = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
    const inputs = planInputs.parse({ ...base, ...given });
    if (save) apply(ctx.db, newEvent(ctx.actor, 'plan.saved', { day, inputs }, ctx.now()));
    const service = serviceTimeFor(ctx.db, inputs.serviceSeconds);
    const plan = planDesks({
      curve: plannedCurve(inputs.arrivals, inputs.opening), serviceSeconds: service.seconds, serviceSource: service.source,
      targetSeconds: inputs.targetSeconds, percentile: inputs.percentile, printSeconds: inputs.printSeconds, printShare: inputs.printShare,
    });
    const actual = actualOfDay(ctx.db, day, inputs.targetSeconds, inputs.percentile);
    const now = readPlan(ctx.db, day);
    return {
      day, saved: now ? { savedAt: now.savedAt } : null, inputs,
      plan: {
        source: plan.curve.source, firstMinute: plan.curve.firstMinute, arrivals: [...plan.curve.perSlot], serviceSeconds: plan.serviceSeconds,
        serviceSource: plan.serviceSource, desks: plan.desks, printers: plan.printers, withinTarget: plan.chosen.withinTarget,
        options: plan.options.map((o) => ({ desks: o.desks, withinTarget: o.withinTarget, maxQueue: o.maxQueue, queue: queueOf(o) })),
      },
      actual: actual.curve && actual.modelled ? {
        arrivals: actual.arrivals, firstMinute: actual.curve.firstMinute, perSlot: [...actual.curve.perSlot], desksPerSlot: [...actual.desksPerSlot],
        serviceSeconds: actual.serviceSeconds, queue: queueOf(actual.modelled), withinTarget: actual.modelled.withinTarget,
      } : null,
    };
  },
};
