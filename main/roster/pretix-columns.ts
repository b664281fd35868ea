import { fold } from '../search/fold.ts';
import { genericTarget, normaliseHeader } from './columns.ts';
import { PRETIX_HEADER_KEYS, PRETIX_NO_WORDS, PRETIX_YES_WORDS } from './presets-i18n.ts';
import { parseWallTime } from './wall-time.ts';

// What each column of a pretix check-in list means, whatever language it was exported in. The
// exporter always writes its columns in one order: "Order code", "Attendee name", one column per
// name part, "Product", "Price", "Checked in", "Checked out", "Automatically checked in", then
// "Paid" (lists with pending orders) and "Secret" (when asked for), "E-mail", "Phone number", event
// series dates, the questions, "Company" … "Seat number", "Blocked", "Valid from", "Valid until",
// "Address" … "State". A header the language tables do not name is read from its place in that
// order, and the columns a door decision hangs on are checked against the values pretix writes.

/** The English headers of the check-in list, normalised: the keys of the pretix preset. */
const ENGLISH = new Set([
  'order code', 'attendee name', 'product', 'price', 'checked in', 'checked out', 'automatically checked in', 'paid', 'secret',
  'e mail', 'phone number', 'date', 'start date', 'end date', 'company', 'voucher code', 'order date', 'order time',
  'requires special attention', 'comment', 'seat id', 'seat name', 'seat zone', 'seat row', 'seat number', 'blocked',
  'valid from', 'valid until', 'address', 'zip code', 'city', 'country', 'state',
]);
// Headers after the name parts that tell a check-in list from any file with a name and a product.
const CHECKIN_LIST_MARKS = ['e mail', 'company', 'order date', 'requires special attention', 'seat number', 'address', 'city', 'country'];

export type ColumnCells = (index: number) => readonly string[];

const YES_OR_NO = new Set(['yes', 'no', ...PRETIX_YES_WORDS, ...PRETIX_NO_WORDS]);
const filled = (cells: readonly string[]): string[] => cells.map((c) => fold(c).trim()).filter((c) => c !== '');
const isWord = (cell: string): boolean => cell.length <= 12 && !/\d/.test(cell);
// "Blocked" holds pretix's Yes in the export's language, or nothing: one word, the same in every blocked row.
const blockedCells = (cells: readonly string[]): boolean => new Set(filled(cells)).size <= 1 && filled(cells).every(isWord);
// "Paid" and "Requires special attention" hold Yes or No; a "Secret" holds a random code per ticket.
const paidCells = (cells: readonly string[]): boolean =>
  filled(cells).every((c) => YES_OR_NO.has(c)) || (new Set(filled(cells)).size <= 2 && filled(cells).every(isWord));
const onlyDates = (cells: readonly string[]): boolean => filled(cells).every((c) => parseWallTime(c) !== undefined);

/** Each header translated to its English key by the language table that names the most of them. */
function translated(headers: readonly string[]): string[] {
  const normalised = headers.map(normaliseHeader);
  let best = normalised;
  let bestHits = 0;
  for (const table of PRETIX_HEADER_KEYS) {
    const seen = new Map<string, number>();
    const keys = normalised.map((h) => {
      const english = table.get(h);
      const nth = seen.get(h) ?? 0;
      seen.set(h, nth + 1);
      return english ? (english[Math.min(nth, english.length - 1)] ?? h) : h;
    });
    const hits = normalised.filter((h) => table.has(h)).length;
    if (hits > bestHits) [best, bestHits] = [keys, hits];
  }
  return best;
}

const looksLikeCheckinList = (keys: readonly string[]): boolean =>
  keys[1] === 'attendee name' && keys.indexOf('product') > 1 && CHECKIN_LIST_MARKS.filter((k) => keys.includes(k)).length >= 2;

/** A name-part column ("Name Teilnehmer*in: Vorname") by the part its label names. */
function namePartKey(header: string): string {
  const target = genericTarget(header.slice(header.lastIndexOf(':') + 1));
  if (target === 'firstName') return 'attendee name given name';
  if (target === 'familyName') return 'attendee name family name';
  return 'attendee name title';
}

const TAIL = [
  'company', 'voucher code', 'order date', 'order time', 'requires special attention', 'comment', 'seat id', 'seat name', 'seat zone',
  'seat row', 'seat number', 'blocked', 'valid from', 'valid until', 'address', 'zip code', 'city', 'country', 'state',
];
// The values a column of the run must hold to be placed there: a door decision hangs on these.
const TAIL_CELLS: Readonly<Record<string, (cells: readonly string[]) => boolean>> = {
  'requires special attention': paidCells, blocked: blockedCells, 'valid from': onlyDates, 'valid until': onlyDates,
};

/** Where the run from "Company" starts, as most of its known headers place it; -1 when none do. */
function tailStart(keys: readonly string[]): number {
  const votes = new Map<number, number>();
  keys.forEach((key, i) => {
    const n = TAIL.indexOf(key);
    if (n >= 0) votes.set(i - n, (votes.get(i - n) ?? 0) + 1);
  });
  let best = -1;
  let most = 0;
  for (const [start, count] of votes) if (count > most) [best, most] = [start, count];
  return best;
}

/** Fills the keys a file's header row leaves unknown from their place in pretix's column order. */
function fillByPlace(keys: string[], headers: readonly string[], cells: ColumnCells): void {
  const unknown = (i: number): boolean => i >= 0 && i < keys.length && !ENGLISH.has(keys[i] ?? '');
  const place = (i: number, key: string, fits: (cells: readonly string[]) => boolean = () => true): void => {
    if (unknown(i) && fits(cells(i))) keys[i] = key;
  };
  place(0, 'order code');
  const product = keys.indexOf('product');
  for (let i = 2; i < product; i++) if (unknown(i) && !keys[i]?.startsWith('attendee name ')) keys[i] = namePartKey(headers[i] ?? '');
  ['price', 'checked in', 'checked out', 'automatically checked in'].forEach((key, n) => place(product + 1 + n, key));
  // "Paid" (Yes/No) and "Secret" (the ticket's QR content) are optional and sit just before "E-mail".
  const email = keys.findIndex((k, i) => i > product + 4 && (k === 'e mail' || genericTarget(headers[i] ?? '') === 'email'));
  if (email > 0) keys[email] = 'e mail';
  for (let i = product + 5; email > 0 && i < email; i++) place(i, paidCells(cells(i)) ? 'paid' : 'secret');
  // From "Company" to "State" the columns are the same in every check-in list: the headers the
  // tables know say where that run starts, and the rest of it is read from there.
  const start = tailStart(keys);
  if (start > product) TAIL.forEach((key, n) => place(start + n, key, TAIL_CELLS[key]));
}

/**
 * The pretix preset's key for each header of a file: English headers as they are, translated ones
 * through the language tables, and the rest of a recognised check-in list from their place.
 */
export function pretixKeys(headers: readonly string[], cells: ColumnCells = () => []): string[] {
  const keys = translated(headers);
  if (looksLikeCheckinList(keys)) fillByPlace(keys, headers, cells);
  return keys;
}
