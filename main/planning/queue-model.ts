import { erlangC, meanQueue } from './erlang.ts';

// The queue model of the desk-sizing advisor: Erlang C (M/M/c) per 5-minute slot, with the
// backlog a slot cannot serve carried into the next (the "stationary backlog carry-over" idea of
// Stolletz, 2008). Why not a discrete-event simulation: the morning peak is one curve, not a
// steady state, but within 5 minutes the rate is close to constant; the closed form gives the same
// answer on every run (a simulation's 95th percentile moves from run to run unless it is
// replicated many times), costs O(slots × desks) whatever the number of arrivals, and each slot's
// numbers can be read off a table. Exponential service times overstate the spread of a
// scan-and-print desk, so the advice errs on the side of one desk too many, not one too few.
//
// Within a slot of T seconds with c desks of mean service time s, the desks are counted on for at
// most RHO_MAX of their capacity, cap = RHO_MAX·c·T/s people (no queue keeps every desk busy
// every second). The backlog B waiting at the start is served first (FIFO) and the slot's n
// arrivals join behind it, so the queue ahead of a newcomer moves as a fluid,
// Q(u) = max(0, B + u·(n − cap)) for u in [0, 1] of the slot; what is left at the end is carried
// over. On top of it, the slot's own randomness is Erlang C with the slot's load a = n·s/T
// (at most RHO_MAX·c): a newcomer at u waits Q(u)·s/c plus an Erlang C wait, so
// P(wait > x) = 1 when Q(u)·s/c ≥ x, else C·e^(−(c − a)(x − Q(u)·s/c)/s), averaged over the slot.
// With no backlog and a < RHO_MAX·c this is exactly Erlang C; as a slot tips into overload the
// answer moves smoothly from one regime to the other.

export const SLOT_SECONDS = 300;
export const RHO_MAX = 0.9;
const STEPS = 24;

export interface SlotOutcome {
  /** Minutes after midnight (venue time) at which the slot starts. */
  readonly minute: number;
  readonly arrivals: number;
  readonly backlogIn: number;
  readonly backlogOut: number;
  /** Mean number of people waiting in the slot. */
  readonly queue: number;
  /** The slot's waiting time at the target percentile, seconds. */
  readonly wait: number;
  /** Share of the slot's arrivals who wait longer than the target. */
  readonly overTarget: number;
}

export interface DeskOutcome {
  readonly desks: number;
  /** Share of all arrivals who wait no longer than the target. */
  readonly withinTarget: number;
  readonly maxQueue: number;
  readonly slots: readonly SlotOutcome[];
}

/** One slot's model: the fluid waits at STEPS points of the slot and the Erlang C part. */
interface SlotModel { fluidWaits: number[]; c: number; theta: number; backlogOut: number; meanFluid: number; lq: number }

function slotModel(n: number, s: number, c: number, b: number): SlotModel {
  const cap = (RHO_MAX * c * SLOT_SECONDS) / s;
  const q = (u: number): number => Math.max(0, b + u * (n - cap));
  const fluidWaits = Array.from({ length: STEPS }, (_, i) => (q((i + 0.5) / STEPS) * s) / c);
  const load = Math.min((n * s) / SLOT_SECONDS, RHO_MAX * c);
  const meanFluid = fluidWaits.reduce((a, w) => a + (w * c) / s, 0) / STEPS;
  return { fluidWaits, c: erlangC(c, load), theta: (c - load) / s, backlogOut: q(1), meanFluid, lq: Math.min(meanQueue(c, load), n) };
}

/** Share of the slot's arrivals who wait longer than x seconds. */
function shareOver(m: SlotModel, x: number): number {
  let sum = 0;
  for (const f of m.fluidWaits) sum += f >= x ? 1 : m.c * Math.exp(-m.theta * (x - f));
  return sum / STEPS;
}

/** The wait at percentile p within the slot, by bisection on shareOver (decreasing in x). */
function percentileWait(m: SlotModel, p: number): number {
  if (shareOver(m, 0) <= 1 - p) return 0;
  let lo = 0;
  let hi = 60;
  while (shareOver(m, hi) > 1 - p && hi < 86_400) hi *= 2;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (shareOver(m, mid) > 1 - p) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * The queue through the day with `desks` desks. Arrivals are per slot from `firstMinute`; slots
 * continue after the last arrivals until the backlog is served.
 */
export function simulateDesks(arrivals: readonly number[], firstMinute: number, serviceSeconds: number, desksOpen: number | ((slot: number) => number), targetSeconds: number, percentile: number): DeskOutcome {
  // A plan keeps its desks all morning; what happened had a number per slot.
  const desksAt = typeof desksOpen === 'number' ? () => desksOpen : desksOpen;
  const slots: SlotOutcome[] = [];
  let backlog = 0;
  let over = 0;
  let total = 0;
  let maxQueue = 0;
  for (let i = 0; i < arrivals.length || (backlog > 1e-6 && i < arrivals.length + 288); i++) {
    const n = arrivals[i] ?? 0;
    const desks = Math.max(1, desksAt(i));
    const m = slotModel(n, serviceSeconds, desks, backlog);
    const overTarget = n > 0 ? shareOver(m, targetSeconds) : 0;
    const queue = m.meanFluid + (n > 0 ? m.lq : 0);
    slots.push({
      minute: firstMinute + i * 5, arrivals: n, backlogIn: backlog, backlogOut: m.backlogOut, queue,
      wait: n > 0 ? percentileWait(m, percentile) : 0, overTarget,
    });
    over += overTarget * n;
    total += n;
    maxQueue = Math.max(maxQueue, queue);
    backlog = m.backlogOut;
  }
  return { desks: desksAt(0), withinTarget: total > 0 ? 1 - over / total : 1, maxQueue, slots };
}

/** More desks than this could not all be busy in the busiest slot: the search stops there. */
export const desksBound = (arrivals: readonly number[], serviceSeconds: number): number =>
  Math.max(1, Math.ceil((Math.max(0, ...arrivals) * serviceSeconds) / SLOT_SECONDS / RHO_MAX) + 2);

/**
 * The fewest desks that keep the share of people within the target at the percentile, or null
 * when even maxDesks do not. More desks never make a wait longer, so a binary search finds it.
 */
export function desksNeeded(arrivals: readonly number[], serviceSeconds: number, targetSeconds: number, percentile: number, maxDesks = desksBound(arrivals, serviceSeconds)): number | null {
  const meets = (c: number): boolean => simulateDesks(arrivals, 0, serviceSeconds, c, targetSeconds, percentile).withinTarget >= percentile - 1e-9;
  if (!meets(maxDesks)) return null;
  let lo = 0; // does not meet (0 desks never do)
  let hi = maxDesks;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (meets(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}
