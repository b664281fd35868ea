import { describe, expect, it } from 'vitest';
import { plannedCurve } from '../../../main/planning/arrival-curves.ts';
import { erlangB, erlangC, meanQueue, waitTail } from '../../../main/planning/erlang.ts';
import { planDesks } from '../../../main/planning/plan.ts';
import { desksNeeded, RHO_MAX, SLOT_SECONDS, simulateDesks } from '../../../main/planning/queue-model.ts';
import { parseSeconds } from '../../../main/planning/service-times.ts';

/** Erlang C from its textbook sum, to check the recursion against. */
function erlangCBySum(c: number, a: number): number {
  let sum = 0;
  let term = 1;
  for (let k = 0; k < c; k++) {
    sum += term;
    term *= a / (k + 1);
  }
  const top = term * (c / (c - a));
  return top / (sum + top);
}

describe('Erlang C', () => {
  it('gives the known values', () => {
    expect(erlangC(1, 0.5)).toBeCloseTo(0.5, 12); // M/M/1: the utilisation
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
    expect(erlangC(3, 2)).toBeCloseTo(4 / 9, 12);
    expect(erlangB(2, 1)).toBeCloseTo(0.2, 12);
    // The call-centre example: 10 Erlangs on 11 and 12 agents.
    expect(erlangC(11, 10)).toBeCloseTo(0.6821, 4);
    expect(erlangC(12, 10)).toBeCloseTo(0.4494, 4);
    for (const [c, a] of [[5, 4.2], [20, 17.5], [50, 44], [120, 110]] as const) expect(erlangC(c, a)).toBeCloseTo(erlangCBySum(c, a), 9);
  });

  it('says everyone waits when the load reaches the desks, nobody when there is none', () => {
    expect(erlangC(3, 3)).toBe(1);
    expect(erlangC(3, 0)).toBe(0);
    expect(meanQueue(2, 2)).toBe(Number.POSITIVE_INFINITY);
    // M/M/1 at ρ = 0.5 and s = 30 s: P(W > 60 s) = ρ·e^{−(1−ρ)·60/30}.
    expect(waitTail(1, 0.5, 30, 60)).toBeCloseTo(0.5 * Math.exp(-1), 12);
    expect(meanQueue(1, 0.5)).toBeCloseTo(0.5, 12);
  });
});

describe('the slot model', () => {
  it('is exactly Erlang C in a steady slot without backlog', () => {
    // 40 people in 5 minutes at 25 s each: 3.33 Erlangs on 5 desks (under RHO_MAX).
    const out = simulateDesks([40], 540, 25, 5, 60, 0.95);
    const load = (40 * 25) / SLOT_SECONDS;
    expect(load).toBeLessThan(RHO_MAX * 5);
    expect(out.slots[0]?.overTarget).toBeCloseTo(waitTail(5, load, 25, 60), 9);
    expect(out.withinTarget).toBeCloseTo(1 - waitTail(5, load, 25, 60), 9);
    expect(out.slots[0]?.queue).toBeCloseTo(meanQueue(5, load), 9);
    expect(out.slots[0]?.minute).toBe(540);
  });

  it('carries what a slot cannot serve into the next, and serves it first', () => {
    // 2 desks at 30 s serve at most 0.9 × 20 = 18 people in 5 minutes: 30 arrivals leave 12 waiting.
    const out = simulateDesks([30, 0, 0], 0, 30, 2, 180, 0.95);
    expect(out.slots[0]?.backlogOut).toBeCloseTo(12, 9);
    expect(out.slots[1]?.backlogIn).toBeCloseTo(12, 9);
    expect(out.slots[1]?.backlogOut).toBe(0);
    expect(out.slots).toHaveLength(3);
    // Backlog beyond the last arrivals adds slots until it is served.
    const long = simulateDesks([100], 0, 30, 1, 180, 0.95);
    expect(long.slots.length).toBeGreaterThan(10);
    expect(long.slots.at(-1)?.backlogOut).toBeLessThan(1e-6);
  });

  it('never advises fewer desks when people come faster or are served slower', () => {
    const curve = plannedCurve(450, '09:30').perSlot;
    const base = desksNeeded(curve, 25, 180, 0.95) as number;
    expect(base).toBeGreaterThan(1);
    expect(desksNeeded(curve.map((n) => n * 2), 25, 180, 0.95)).toBeGreaterThan(base);
    expect(desksNeeded(curve, 50, 180, 0.95)).toBeGreaterThan(base);
    // The answer is the fewest: one desk fewer misses the target.
    expect(simulateDesks(curve, 0, 25, base, 180, 0.95).withinTarget).toBeGreaterThanOrEqual(0.95);
    expect(simulateDesks(curve, 0, 25, base - 1, 180, 0.95).withinTarget).toBeLessThan(0.95);
  });

  it('plans desks and printers for 450 arrivals at 09:30, and for 10,000', () => {
    const curve = plannedCurve(450, '09:30');
    expect(curve.perSlot.reduce((a, b) => a + b, 0)).toBeCloseTo(450, 9);
    expect(curve.firstMinute).toBe(9 * 60 + 30 - 75);
    const plan = planDesks({ curve, serviceSeconds: 25, serviceSource: 'entered', targetSeconds: 180, percentile: 0.95, printSeconds: 8, printShare: 1 });
    expect(plan.desks).toBe(4);
    expect(plan.printers).toBeGreaterThanOrEqual(1);
    expect(plan.printers).toBeLessThan(plan.desks as number);
    expect(plan.options.map((o) => o.desks)).toEqual([1, 2, 3, 4, 5]);
    const big = planDesks({ ...plan, curve: plannedCurve(10_000, '09:30') });
    expect(big.desks).toBeGreaterThan(60);
    expect(big.options).toHaveLength(8);
  });

  it('reads durations', () => {
    expect([parseSeconds('25s'), parseSeconds('3m'), parseSeconds('1m30s'), parseSeconds('2.5m'), parseSeconds('90'), parseSeconds('x'), parseSeconds('0s')])
      .toEqual([25, 180, 90, 150, 90, null, null]);
  });
});
