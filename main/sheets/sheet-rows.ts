import type { PersonMeeting } from '../../db/queries/meetings.ts';
import { dayIn, timeIn } from '../../model/dates.ts';

// The rows of a meeting sheet, in time order: a heading for each day, the meetings, and a visible
// "free" row wherever there is time between two meetings.
export type SheetRow =
  | { readonly kind: 'day'; readonly text: string }
  | { readonly kind: 'gap'; readonly text: string }
  | {
      readonly kind: 'meeting'; readonly time: string; readonly location: string; readonly name: string;
      readonly organisation: string; readonly country: string;
    };

const dayTitle = (day: string): string =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));

const minutesBetween = (a: string, b: string): number => Math.round((Date.parse(b) - Date.parse(a)) / 60_000);

export function sheetRows(meetings: readonly PersonMeeting[], timeZone: string, countryName: (c: string) => string): SheetRow[] {
  const rows: SheetRow[] = [];
  let lastDay = '';
  let lastEnd = '';
  for (const m of meetings) {
    const day = dayIn(timeZone, new Date(m.startsAt));
    if (day !== lastDay) {
      rows.push({ kind: 'day', text: dayTitle(day) });
      lastDay = day;
    } else if (lastEnd && m.startsAt > lastEnd) {
      const free = minutesBetween(lastEnd, m.startsAt);
      rows.push({ kind: 'gap', text: `free ${timeIn(timeZone, lastEnd)}–${timeIn(timeZone, m.startsAt)} (${free >= 60 ? `${Math.floor(free / 60)} h ${free % 60 ? `${free % 60} min` : ''}`.trim() : `${free} min`})` });
    }
    rows.push({
      kind: 'meeting', time: `${timeIn(timeZone, m.startsAt)}–${timeIn(timeZone, m.endsAt)}`, location: m.location,
      name: m.counterpartName, organisation: m.counterpartOrganisation, country: countryName(m.counterpartCountry),
    });
    if (m.endsAt > lastEnd || day !== lastDay) lastEnd = m.endsAt;
  }
  return rows;
}
