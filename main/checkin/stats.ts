import type { Db } from '../../db/open.ts';
import { readConference } from '../../db/queries/conference.ts';
import { firstArrivals, type RosterGroup, rosterGroups } from '../../db/queries/stats.ts';
import { dayIn, timeIn } from '../../model/dates.ts';

export interface ArrivalBucket {
  /** Start of the 15-minute slot, HH:MM in the event's time zone. */
  readonly slot: string;
  readonly arrivals: number;
}

/** People of the day (see DayStats.registered) of one category or country, and how many of them came. */
export interface Count {
  readonly key: string;
  readonly registered: number;
  readonly checkedIn: number;
}

export interface DayStats {
  readonly day: string;
  /** Expected on the day: active and valid that day, or checked in that day; = checkedIn + notCheckedIn. */
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
  const tz = readConference(db)?.settings.timeZone ?? 'UTC';
  const d = day ?? dayIn(tz, now);
  const buckets = new Map<string, number>();
  for (const at of firstArrivals(db, d)) {
    const [h, m] = timeIn(tz, at).split(':').map(Number) as [number, number];
    const slotStart = Math.floor(m / SLOT_MINUTES) * SLOT_MINUTES;
    const slot = `${String(h).padStart(2, '0')}:${String(slotStart).padStart(2, '0')}`;
    buckets.set(slot, (buckets.get(slot) ?? 0) + 1);
  }
  const arrivalsPer15Min = [...buckets.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([slot, arrivals]) => ({ slot, arrivals }));
  const groups = rosterGroups(db, d);
  const sum = (keep: (g: RosterGroup) => boolean): number => groups.reduce((n, g) => (keep(g) ? n + g.people : n), 0);
  // The day's cards add up: registered for the day = checked in + still expected. Registered means
  // active and valid that day, plus anyone checked in that day all the same (a staff override).
  const ofTheDay = (g: RosterGroup): boolean => (g.status === 'active' && g.entitled === 1) || g.checkedIn === 1;
  const active = groups.filter(ofTheDay);
  return {
    day: d,
    registered: sum(ofTheDay),
    checkedIn: sum((g) => g.checkedIn === 1),
    notCheckedIn: sum((g) => g.status === 'active' && g.entitled === 1 && g.checkedIn === 0),
    cancelled: sum((g) => g.status === 'cancelled'),
    blocked: sum((g) => g.status === 'blocked'),
    byCategory: countBy(active, 'category'),
    byCountry: countBy(active, 'country'),
    arrivalsPer15Min,
  };
}

/** Most registered first, then by name. */
function countBy(groups: readonly RosterGroup[], column: 'category' | 'country'): Count[] {
  const counts = new Map<string, { registered: number; checkedIn: number }>();
  for (const g of groups) {
    const c = counts.get(g[column]) ?? { registered: 0, checkedIn: 0 };
    c.registered += g.people;
    if (g.checkedIn === 1) c.checkedIn += g.people;
    counts.set(g[column], c);
  }
  return [...counts].map(([key, c]) => ({ key, ...c }))
    .sort((a, b) => b.registered - a.registered || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
