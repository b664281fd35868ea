import { fold } from '../search/fold.ts';
import type { MeetingStatus } from '../../db/queries/meetings.ts';

// How matchmaking tools (b2match, EEN's b2b platform, spreadsheets kept by hand) say a meeting is
// off or on, in English, Romanian and Swedish. A meeting that was requested but never accepted is
// not a meeting either: nobody should walk to its table.
const CANCELLED = new Set([
  'cancelled', 'canceled', 'cancel', 'declined', 'rejected', 'refused', 'withdrawn', 'deleted', 'no', 'off',
  'anulat', 'anulata', 'respins', 'respinsa', 'refuzat', 'refuzata', 'inställd', 'installd', 'avbokad', 'nekad', 'avböjd', 'avbojd',
]);
const SCHEDULED = new Set([
  '', 'confirmed', 'accepted', 'scheduled', 'booked', 'planned', 'ok', 'yes', 'active', 'pending', 'requested', 'held', 'done',
  'confirmat', 'confirmata', 'acceptat', 'acceptata', 'programat', 'programata', 'bekräftad', 'bekraftad', 'bokad', 'accepterad',
]);

/** The status a cell names, or null for a word we do not know (reported with its line). */
export function meetingStatusOf(raw: string): MeetingStatus | null {
  const key = fold(raw).trim().replace(/[\s_-]+/g, ' ');
  const word = key.replace(/^(meeting|by \w+|status)\s+/, '');
  if (CANCELLED.has(key) || CANCELLED.has(word) || /^cancel+ed by\b/.test(key) || /^declined by\b/.test(key)) return 'cancelled';
  if (SCHEDULED.has(key) || SCHEDULED.has(word)) return 'scheduled';
  return null;
}

/** Sector tags from a cell: "ICT; Health", "Agrifood, Energy", "Wood & furniture | Textiles". */
export const sectorTags = (raw: string): string[] =>
  [...new Set(raw.split(/[;,|/]/).map((s) => s.trim()).filter(Boolean))];
