import type { Db } from '../../db/open.ts';
import { readEvent } from '../../db/queries/event.ts';
import { type Count, countsBy, firstArrivals, notCheckedIn, totals } from '../../db/queries/stats.ts';
import { dayIn, timeIn } from '../event/today.ts';

export interface ArrivalBucket {
  /** Start of the 15-minute slot, HH:MM in the event's time zone. */
  readonly slot: string;
  readonly arrivals: number;
}

export interface DayStats {
  readonly day: string;
  readonly registered: number;
  readonly checkedIn: number;
  /** Active and entitled to the day, not checked in (yet). */
  readonly notCheckedIn: number;
  readonly cancelled: number;
  readonly blocked: number;
  readonly byCategory: readonly Count[];
  readonly byCountry: readonly Count[];
  readonly arrivalsPer15Min: readonly ArrivalBucket[];
}

const SLOT_MINUTES = 15;

/** Figures for the dashboard and `foyer stats`, for one event day (today at the venue by default). */
export function dayStats(db: Db, day?: string, now = new Date()): DayStats {
  const tz = readEvent(db)?.settings.timeZone ?? 'UTC';
  const d = day ?? dayIn(tz, now);
  const buckets = new Map<string, number>();
  for (const at of firstArrivals(db, d)) {
    const [h, m] = timeIn(tz, at).split(':').map(Number) as [number, number];
    const slotStart = Math.floor(m / SLOT_MINUTES) * SLOT_MINUTES;
    const slot = `${String(h).padStart(2, '0')}:${String(slotStart).padStart(2, '0')}`;
    buckets.set(slot, (buckets.get(slot) ?? 0) + 1);
  }
  const arrivalsPer15Min = [...buckets.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([slot, arrivals]) => ({ slot, arrivals }));
  return { day: d, ...totals(db, d), notCheckedIn: notCheckedIn(db, d), byCategory: countsBy(db, 'category', d), byCountry: countsBy(db, 'country', d), arrivalsPer15Min };
}
