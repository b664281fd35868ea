import type { Db } from '../../db/open.ts';
import { InputError } from '../errors.ts';
import { type ArrivalCurve, dayCurve, exportCurve, plannedCurve } from './arrival-curves.ts';
import { type DeskPlan, planDesks, serviceTimeFor } from './plan.ts';

export interface PlanOptions {
  readonly arrivals?: number;
  readonly opening?: string;
  /** Take the arrival curve from this day's check-ins at this event. */
  readonly fromDay?: string;
  /** Take it from a previous event's check-in export (CSV/XLSX). */
  readonly fromExport?: string;
  readonly targetSeconds: number;
  readonly percentile: number;
  readonly serviceSeconds?: number | null;
  readonly printSeconds: number;
  readonly printShare: number;
}

/** The arrival curve the options name; a planned number scales a recorded curve. */
export async function curveFor(db: Db, o: PlanOptions): Promise<ArrivalCurve> {
  if (o.fromDay && o.fromExport) throw new InputError('Give --from-day or --from-export, not both.');
  if (o.fromDay) return dayCurve(db, o.fromDay, o.arrivals);
  if (o.fromExport) return exportCurve(o.fromExport, o.arrivals);
  if (!o.arrivals || !o.opening) throw new InputError('Give --arrivals and --opening (or --from-day / --from-export for a recorded arrival curve).');
  return plannedCurve(o.arrivals, o.opening);
}

export async function buildPlan(db: Db, o: PlanOptions): Promise<DeskPlan> {
  if (!(o.percentile > 0 && o.percentile < 1)) throw new InputError('--percentile must be between 50 and 99.9.');
  const curve = await curveFor(db, o);
  const service = serviceTimeFor(db, o.serviceSeconds);
  return planDesks({
    curve, serviceSeconds: service.seconds, serviceSource: service.source, targetSeconds: o.targetSeconds, percentile: o.percentile,
    printSeconds: o.printSeconds, printShare: o.printShare,
  });
}
