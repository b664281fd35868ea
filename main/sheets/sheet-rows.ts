import type { PersonMeeting } from '../../db/queries/meetings.ts';
import { dayIn, timeIn } from '../../model/dates.ts';

// The rows of a meeting sheet, in time order: a heading for each day, the meetings, and a visible
// "free" row wherever there is time between two meetings. A cancelled meeting stays on the sheet,
// struck through, so nobody wonders where it went; it leaves its time free.
export type SheetRow =
  | { readonly kind: 'day'; readonly text: string }
  | { readonly kind: 'gap'; readonly text: string }
  | {
      readonly kind: 'meeting'; readonly id: string; readonly time: string; readonly location: string; readonly name: string;
      readonly organisation: string; readonly country: string; readonly cancelled: boolean;
      /** A line under the meeting: the counterpart cancelled or blocked, or the organisation this person meets for. */
      readonly note: string; readonly warn: boolean;
    };

const dayTitle = (day: string): string =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));

const minutesBetween = (a: string, b: string): number => Math.round((Date.parse(b) - Date.parse(a)) / 60_000);

function noteOf(m: PersonMeeting): { note: string; warn: boolean } {
  if (m.status === 'cancelled') return { note: 'Cancelled: this meeting will not take place.', warn: true };
  const who = m.counterpartKind === 'organisation' ? `Every representative of ${m.counterpartName}` : m.counterpartName;
  if (m.counterpartStatus === 'cancelled') return { note: `${who} cancelled their registration: ask the matchmaking desk.`, warn: true };
  if (m.counterpartStatus === 'blocked') return { note: `${who} cannot be admitted: ask the matchmaking desk.`, warn: true };
  return { note: m.forOrganisation ? `For ${m.forOrganisation}` : '', warn: false };
}

export function sheetRows(meetings: readonly PersonMeeting[], timeZone: string, countryName: (c: string) => string): SheetRow[] {
  const rows: SheetRow[] = [];
  let lastDay = '';
  let lastEnd = '';
  for (const m of meetings) {
    const day = dayIn(timeZone, new Date(m.startsAt));
    if (day !== lastDay) {
      rows.push({ kind: 'day', text: dayTitle(day) });
      lastDay = day;
      lastEnd = '';
    } else if (lastEnd && m.startsAt > lastEnd && m.status !== 'cancelled') {
      const free = minutesBetween(lastEnd, m.startsAt);
      rows.push({ kind: 'gap', text: `free ${timeIn(timeZone, lastEnd)}–${timeIn(timeZone, m.startsAt)} (${free >= 60 ? `${Math.floor(free / 60)} h ${free % 60 ? `${free % 60} min` : ''}`.trim() : `${free} min`})` });
    }
    rows.push({
      kind: 'meeting', id: m.id, time: `${timeIn(timeZone, m.startsAt)}–${timeIn(timeZone, m.endsAt)}`, location: m.location,
      name: m.counterpartName, organisation: m.counterpartOrganisation, country: countryName(m.counterpartCountry),
      cancelled: m.status === 'cancelled', ...noteOf(m),
    });
    if (m.status !== 'cancelled' && m.endsAt > lastEnd) lastEnd = m.endsAt;
  }
  return rows;
}
