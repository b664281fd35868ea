import { zonedToUtc } from '../../model/dates.ts';

// Meeting times as matchmaking tools export them: "2019-05-14 10:20", "14.05.2019 10:20",
// "14/05/2019 10:20", an ISO instant, or a time of day with the day in its own column. XLSX cells
// arrive as ISO strings of the wall-clock time (spreadsheets know no time zones).

export interface WallTime {
  readonly day: string | null;
  readonly hhmm: string;
}

const pad = (n: string | number): string => String(n).padStart(2, '0');

function parseDay(text: string): string | null {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return `${m[1]}-${pad(m[2] as string)}-${pad(m[3] as string)}`;
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  if (m) return `${m[3]}-${pad(m[2] as string)}-${pad(m[1] as string)}`;
  return null;
}

function parseClock(text: string): string | null {
  const m = /^(\d{1,2})[:.h](\d{2})(?::\d{2}(?:\.\d+)?)?\s*(am|pm)?$/i.exec(text.trim());
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const ampm = m[3]?.toLowerCase();
  if (ampm === 'pm' && h < 12) h += 12;
  if (ampm === 'am' && h === 12) h = 0;
  return h < 24 && min < 60 ? `${pad(h)}:${pad(min)}` : null;
}

/** A date-time, date or time cell; null when it is none of these. `utc` is set for an explicit instant. */
export function parseMoment(raw: string, fromXlsx: boolean): { wall?: WallTime; utc?: Date } | null {
  const text = raw.trim();
  if (text === '') return null;
  const iso = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.exec(text);
  if (iso) {
    // A spreadsheet's time-only cell is a time on Excel's day zero.
    if (fromXlsx) return { wall: { day: iso[1] === '1899-12-30' ? null : (iso[1] as string), hhmm: iso[2] as string } };
    const d = new Date(text);
    return Number.isNaN(d.getTime()) ? null : { utc: d };
  }
  const [first = '', ...rest] = text.replace('T', ' ').split(/\s+/);
  const day = parseDay(first);
  if (day && rest.length === 0) return { wall: { day, hhmm: '' } };
  if (day) {
    const hhmm = parseClock(rest.join(' '));
    return hhmm ? { wall: { day, hhmm } } : null;
  }
  const hhmm = parseClock(text);
  return hhmm ? { wall: { day: null, hhmm } } : null;
}

/** A cell as an instant, the day taken from `day` (its own column, else the event's first day). */
export function toInstant(raw: string, fromXlsx: boolean, day: string | null, timeZone: string): Date | null {
  const m = parseMoment(raw, fromXlsx);
  if (!m) return null;
  if (m.utc) return m.utc;
  const wall = m.wall as WallTime;
  const d = wall.day ?? day;
  if (!d || wall.hhmm === '') return null;
  return zonedToUtc(d, wall.hhmm, timeZone);
}

/** A day cell ("2019-05-14", "14.05.2019", or a spreadsheet date). */
export function toDay(raw: string, fromXlsx: boolean): string | null {
  const m = parseMoment(raw, fromXlsx);
  return m?.wall?.day ?? (m?.utc ? m.utc.toISOString().slice(0, 10) : null);
}

/** Minutes from "20", "20 min", "0:20", "1h". */
export function parseDuration(raw: string): number | null {
  const text = raw.trim().toLowerCase();
  let m = /^(\d+)\s*(m|min|mins|minutes)?$/.exec(text);
  if (m) return Number(m[1]);
  m = /^(\d+):(\d{2})$/.exec(text);
  if (m) return Number(m[1]) * 60 + Number(m[2]);
  m = /^(\d+(?:[.,]\d+)?)\s*h$/.exec(text);
  if (m) return Math.round(Number((m[1] as string).replace(',', '.')) * 60);
  return null;
}
