// Dates as source systems write them in exports, read as wall-clock time at the venue
// ("YYYY-MM-DDTHH:MM"), converted first when a preset says its source writes a column in UTC. pretix formats them for the export's language: English "2019-05-14 09:00",
// German "14.05.2019 09:00", French and others "14/05/2019 09:00", US English "05/14/2019 9 a.m."
// (Django's P format: minutes only when not :00, "noon", "midnight"); Django's short formats of the
// other export languages: Dutch "14-5-2019 09:00", Polish "14-05-2019  09:00", Romanian
// "14.05.2019, 09:00", Czech "14.05.2019 9:00", Finnish "14.5.2019 9.00", Hungarian "2019.05.14. 09:00".

import { dayIn, timeIn } from '../../model/dates.ts';

const pad = (n: number): string => String(n).padStart(2, '0');

function wall(y: number, m: number, d: number, h: number, min: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || h > 23 || min > 59) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return undefined;
  return `${y}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(min)}`;
}

/** Hours and minutes of a time part: "09:00", "9:30:15", "9 a.m.", "9:30 p.m.", "noon", "midnight". */
function timeOf(text: string): { h: number; min: number; ampm: boolean } | undefined {
  const t = text.trim().toLowerCase();
  if (t === 'noon') return { h: 12, min: 0, ampm: true };
  if (t === 'midnight') return { h: 0, min: 0, ampm: true };
  const m = /^(\d{1,2})(?:[:.](\d{2}))?(?::\d{2}(?:\.\d+)?)?\s*(a\.?m\.?|p\.?m\.?)?$/.exec(t);
  if (!m) return undefined;
  let h = Number(m[1]);
  const min = m[2] ? Number(m[2]) : 0;
  if (!m[2] && !m[3]) return undefined;
  if (m[3]) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (m[3].startsWith('p') ? 12 : 0);
  }
  return { h, min, ampm: Boolean(m[3]) };
}

/**
 * The wall-clock time a cell means, or undefined when it is not a date. A day alone is the start of
 * the day, or its last minute for the end of a window (`endOfDay`). With `utcTo` (the event's zone),
 * the cell is written in UTC: read as that instant and given as the wall-clock time in that zone; a
 * day alone still names the venue's day, as it has no instant to convert.
 */
export function parseWallTime(cell: string, endOfDay = false, utcTo?: string): string | undefined {
  const text = cell.trim().replace(/\s+/g, ' ');
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](.+?))?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  const dmy = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:,? (.+))?$/.exec(text);
  const ymdDots = /^(\d{4})\.(\d{1,2})\.(\d{1,2})\.?(?:,? (.+))?$/.exec(text);
  let y: number; let mo: number; let d: number; let rest: string | undefined;
  if (iso) {
    [y, mo, d, rest] = [Number(iso[1]), Number(iso[2]), Number(iso[3]), iso[4]];
  } else if (ymdDots) {
    [y, mo, d, rest] = [Number(ymdDots[1]), Number(ymdDots[2]), Number(ymdDots[3]), ymdDots[4]];
  } else if (dmy) {
    const [a, b] = [Number(dmy[1]), Number(dmy[3])];
    const time = dmy[5] ? timeOf(dmy[5]) : undefined;
    // Slashes with a.m./p.m. are US English (month first); otherwise day first, as in pretix's other languages.
    const monthFirst = dmy[2] === '/' && time?.ampm === true;
    [y, mo, d, rest] = [Number(dmy[4]), monthFirst ? a : b, monthFirst ? b : a, dmy[5]];
  } else {
    return undefined;
  }
  if (rest === undefined) return wall(y, mo, d, endOfDay ? 23 : 0, endOfDay ? 59 : 0);
  const time = timeOf(rest);
  if (!time) return undefined;
  const read = wall(y, mo, d, time.h, time.min);
  return read && utcTo ? utcWallIn(read, utcTo) : read;
}

/** The wall-clock time in `timeZone` of the instant a UTC wall-clock time ("YYYY-MM-DDTHH:MM") names. */
export function utcWallIn(utcWall: string, timeZone: string): string {
  const instant = new Date(`${utcWall}:00Z`);
  return `${dayIn(timeZone, instant)}T${timeIn(timeZone, instant)}`;
}
