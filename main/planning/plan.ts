import type { Db } from '../../db/open.ts';
import { conferenceCalendar } from '../../db/queries/conference.ts';
import { checkinsOfDay } from '../../db/queries/planning.ts';
import { timeIn } from '../../model/dates.ts';
import { type ArrivalCurve, binMinutes, minuteOf } from './arrival-curves.ts';
import { type DeskOutcome, desksBound, desksNeeded, SLOT_SECONDS, simulateDesks } from './queue-model.ts';
import { measuredServiceTimes } from './service-times.ts';

export interface PlanSpec {
  readonly curve: ArrivalCurve;
  readonly serviceSeconds: number;
  readonly serviceSource: string;
  readonly targetSeconds: number;
  /** 0.95: 95% of people wait less than the target. */
  readonly percentile: number;
  readonly printSeconds: number;
  /** Share of arrivals who get a badge printed (1 on a first day, less when badges were printed before). */
  readonly printShare: number;
}

export interface DeskPlan extends PlanSpec {
  readonly desks: number | null;
  readonly printers: number | null;
  /** The queue with the advised number of desks (or the most tried, when none is enough). */
  readonly chosen: DeskOutcome;
  /** The queue by time for 1..N desks (at most eight lines, around the answer), for the chart. */
  readonly options: readonly DeskOutcome[];
}

export const DEFAULT_SERVICE_SECONDS = 30;
const MIN_SAMPLES = 20;

/** The service time to plan with: the one entered, else Foyer's measurement, else 30 s. */
export function serviceTimeFor(db: Db, entered: number | null | undefined): { seconds: number; source: string } {
  if (entered) return { seconds: entered, source: 'entered' };
  const m = measuredServiceTimes(db);
  if (m.meanSeconds !== null && m.samples >= MIN_SAMPLES) {
    const parts = m.flows.filter((f) => f.meanSeconds !== null).map((f) => `${f.flow} ${Math.round(f.meanSeconds as number)} s × ${f.samples}`);
    return { seconds: Math.round(m.meanSeconds * 10) / 10, source: `measured at this event's desks (${parts.join(', ')})` };
  }
  return { seconds: DEFAULT_SERVICE_SECONDS, source: `default (${m.samples} measured, ${MIN_SAMPLES} needed)` };
}

export function planDesks(spec: PlanSpec): DeskPlan {
  const { curve, serviceSeconds: s, targetSeconds: target, percentile: p } = spec;
  const bound = desksBound(curve.perSlot, s);
  const desks = desksNeeded(curve.perSlot, s, target, p, bound);
  const chosen = simulateDesks(curve.perSlot, curve.firstMinute, s, desks ?? bound, target, p);
  // The printers see the people the desks have served, slot by slot.
  const served = chosen.slots.map((x) => (x.arrivals + x.backlogIn - x.backlogOut) * spec.printShare);
  const printers = spec.printShare > 0 ? desksNeeded(served, spec.printSeconds, target, p) : 0;
  const top = Math.min((desks ?? bound) + 1, bound + 1);
  const from = Math.max(1, top - 7);
  const options = Array.from({ length: top - from + 1 }, (_, i) => simulateDesks(curve.perSlot, curve.firstMinute, s, from + i, target, p));
  return { ...spec, desks, printers, chosen, options };
}

export interface DayActual {
  readonly day: string;
  readonly arrivals: number;
  readonly curve: ArrivalCurve | null;
  /** Desks that checked someone in, per slot of the curve. */
  readonly desksPerSlot: readonly number[];
  readonly serviceSeconds: number | null;
  /** The queue the model gives for what happened: the real arrivals, the desks that were open. */
  readonly modelled: DeskOutcome | null;
}

/** What happened on a day, in the plan's terms, to set beside the plan. */
export function actualOfDay(db: Db, day: string, targetSeconds: number, percentile: number): DayActual {
  const tz = conferenceCalendar(db)?.timeZone ?? 'UTC';
  const rows = checkinsOfDay(db, day).map((r) => ({ minute: minuteOf(timeIn(tz, r.at)), desk: r.desk }));
  if (rows.length === 0) return { day, arrivals: 0, curve: null, desksPerSlot: [], serviceSeconds: null, modelled: null };
  const curve = binMinutes(rows.map((r) => r.minute), `check-ins of ${day}`);
  const desks = curve.perSlot.map(() => new Set<string>());
  for (const r of rows) desks[Math.floor((r.minute - curve.firstMinute) / 5)]?.add(r.desk);
  const desksPerSlot = desks.map((d) => d.size);
  const service = measuredServiceTimes(db, day).meanSeconds;
  // A slot with no check-ins keeps the desks of the slot before (they were open, just idle).
  const open = (i: number): number => {
    for (let k = Math.min(i, desksPerSlot.length - 1); k >= 0; k--) if ((desksPerSlot[k] ?? 0) > 0) return desksPerSlot[k] as number;
    return 1;
  };
  const modelled = simulateDesks(curve.perSlot, curve.firstMinute, service ?? DEFAULT_SERVICE_SECONDS, open, targetSeconds, percentile);
  return { day, arrivals: rows.length, curve, desksPerSlot, serviceSeconds: service, modelled };
}

export { SLOT_SECONDS };
