import type { Db } from '../../db/open.ts';
import { conferenceCalendar } from '../../db/queries/conference.ts';
import { InputError } from '../errors.ts';
import { parseMoment } from '../meetings/times.ts';
import { readTable } from '../roster/read-table.ts';
import { timeIn } from '../../model/dates.ts';

// Where the arrivals come from: a planned number and the opening time, the check-ins of an
// earlier day of this event, or a previous event's check-in export. A curve is people per 5-minute
// slot from a first minute of the day (venue time).

export interface ArrivalCurve {
  readonly firstMinute: number;
  readonly perSlot: readonly number[];
  readonly source: string;
}

// Share of a morning's arrivals per 5 minutes, from 75 minutes before the opening to 30 after:
// most people come in the 45 minutes before the opening plenary, the peak 20 to 25 minutes before.
const PROFILE = [1, 1, 2, 2, 3, 4, 6, 8, 10, 11, 12, 12, 11, 9, 7, 4, 3, 2, 1, 1, 1];
const PROFILE_START = -75;

export const minuteOf = (hhmm: string): number => {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) throw new InputError(`"${hhmm}" is not a time of day (HH:MM).`);
  return Number(m[1]) * 60 + Number(m[2]);
};
export const hhmmOf = (minute: number): string => `${String(Math.floor(minute / 60) % 24).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** The planned curve: `arrivals` people spread over the typical morning around `opening`. */
export function plannedCurve(arrivals: number, opening: string): ArrivalCurve {
  if (!(arrivals > 0)) throw new InputError('--arrivals must be a positive number of people.');
  const total = PROFILE.reduce((a, b) => a + b, 0);
  return {
    firstMinute: minuteOf(opening) + PROFILE_START, perSlot: PROFILE.map((w) => (arrivals * w) / total),
    source: `${arrivals} arrivals around an opening at ${opening} (typical morning profile)`,
  };
}

/** Bins minutes of the day into 5-minute slots, optionally scaled to `scaleTo` people. */
export function binMinutes(minutes: readonly number[], source: string, scaleTo?: number): ArrivalCurve {
  if (minutes.length === 0) throw new InputError(`${source}: no check-ins to take the arrival curve from.`);
  const first = Math.floor(Math.min(...minutes) / 5) * 5;
  const last = Math.floor(Math.max(...minutes) / 5) * 5;
  const perSlot = Array.from({ length: (last - first) / 5 + 1 }, () => 0);
  for (const m of minutes) perSlot[Math.floor((m - first) / 5)] = (perSlot[Math.floor((m - first) / 5)] ?? 0) + 1;
  const k = scaleTo ? scaleTo / minutes.length : 1;
  return { firstMinute: first, perSlot: perSlot.map((n) => n * k), source: scaleTo ? `${source}, scaled to ${scaleTo} arrivals` : source };
}

/** Arrival minutes (venue time) of one day's check-ins at this event. */
export function checkinMinutes(db: Db, day: string): number[] {
  const tz = conferenceCalendar(db)?.timeZone ?? 'UTC';
  const ats = db.prepare('SELECT at FROM checkins WHERE day = ? AND undone_at IS NULL').pluck().all(day) as string[];
  return ats.map((at) => minuteOf(timeIn(tz, at)));
}

export function dayCurve(db: Db, day: string, scaleTo?: number): ArrivalCurve {
  return binMinutes(checkinMinutes(db, day), `check-ins of ${day}`, scaleTo);
}

/**
 * A previous event's check-in export (Foyer's own, or any CSV/XLSX with a time column): the
 * busiest day in it, unless `day` picks one.
 */
export async function exportCurve(path: string, scaleTo?: number, day?: string): Promise<ArrivalCurve> {
  const { table, format } = await readTable(path);
  const header = (re: RegExp): number => table.headers.findIndex((h) => re.test(h.toLowerCase()));
  // Foyer's export has the venue time beside the UTC instant; prefer the venue's clock.
  let timeCol = header(/^time\b|^ora\b|^tid\b|venue time/);
  if (timeCol < 0) timeCol = header(/checked in|check-in|checkin|arrival|scanned|time|ora|tid/);
  if (timeCol < 0) throw new InputError(`${path}: no column with the check-in time among: ${table.headers.join(', ')}.`);
  const dayCol = header(/^day$|^date$|^data$|^datum$|^zi$/);
  const byDay = new Map<string, number[]>();
  for (const row of table.rows) {
    const m = parseMoment(row.cells[timeCol] ?? '', format === 'xlsx');
    const wall = m?.wall ?? (m?.utc ? { day: m.utc.toISOString().slice(0, 10), hhmm: m.utc.toISOString().slice(11, 16) } : null);
    if (!wall || !wall.hhmm) continue;
    const d = (dayCol >= 0 ? row.cells[dayCol] : undefined) || wall.day || '';
    byDay.set(d, [...(byDay.get(d) ?? []), minuteOf(wall.hhmm)]);
  }
  const chosen = day ?? [...byDay].sort((a, b) => b[1].length - a[1].length)[0]?.[0];
  const minutes = chosen === undefined ? [] : (byDay.get(chosen) ?? []);
  return binMinutes(minutes, `${path.split('/').at(-1)}${chosen ? ` (${chosen})` : ''}`, scaleTo);
}
