import type { Db } from '../../db/open.ts';
import { getAttendeesByRowid, type StoredAttendee } from '../../db/queries/attendees.ts';
import { byNamePrefixes } from '../../db/queries/kiosk-names.ts';
import { foldedWords } from '../search/fold.ts';
import type { KioskMatch } from '../../model/kiosk.ts';

// The self-service name search. It must let a person find themself and nobody list the roster:
// it reads the name column of the index only (never organisation, e-mail or codes), wants at least
// three letters of a family name (or a short family name written whole with a first name), and
// tells only a first name and a family initial.

export const KIOSK_MAX_MATCHES = 5;
/** Family names shorter than this must be written whole, with a first name. */
export const MIN_FAMILY_LETTERS = 3;
const CANDIDATES = 200;

/** A person found, with what a kiosk may show of them (model/kiosk.ts; the ref is issued per device). */
export type KioskPerson = Omit<KioskMatch, 'ref'> & { readonly attendee: StoredAttendee };

/** At most five people, or none and how many matched (the screen then asks for the first name). */
export interface KioskSearchResult {
  readonly people: readonly KioskPerson[];
  readonly total: number;
}

type Named = Pick<StoredAttendee, 'firstName' | 'familyName' | 'displayName'>;

const firstOf = (a: Named): string => a.firstName || a.displayName.split(/\s+/)[0] || '';
const familyOf = (a: Named): string => a.familyName || a.displayName.split(/\s+/).slice(1).join(' ');
const initialOf = (a: Named): string => {
  const first = [...familyOf(a)][0];
  return first ? `${first.toUpperCase()}.` : '';
};

export const kioskFirstName = firstOf;

/**
 * Whether the query names this person: one word (3+ letters) begins a family-name word, or a
 * word is a whole family-name word and another begins a first-name word; every other word
 * begins some name word.
 */
export function namesPerson(query: readonly string[], person: Named): boolean {
  const family = foldedWords(familyOf(person));
  const first = foldedWords(firstOf(person));
  const all = [...family, ...first];
  const starts = (q: string, words: readonly string[]): boolean => words.some((w) => w.startsWith(q));
  if (!query.every((q) => starts(q, all))) return false;
  if (query.some((q) => q.length >= MIN_FAMILY_LETTERS && starts(q, family))) return true;
  return query.some((q, i) => family.includes(q) && query.some((o, j) => j !== i && starts(o, first)));
}

/** Query words a name search can use: letters only (a word with a digit or an @ is not a name). */
export function nameQuery(query: string): string[] | null {
  if (/[@\d]/.test(query)) return null;
  const words = foldedWords(query);
  return words.length > 0 && words.length <= 4 ? words : null;
}

export function kioskSearch(db: Db, query: string): KioskSearchResult {
  const words = nameQuery(query);
  if (!words) return { people: [], total: 0 };
  const found = getAttendeesByRowid(db, byNamePrefixes(db, words, CANDIDATES)).filter((a) => namesPerson(words, a));
  if (found.length > KIOSK_MAX_MATCHES) return { people: [], total: found.length };
  return {
    people: found.map((attendee) => ({ attendee, firstName: firstOf(attendee), familyInitial: initialOf(attendee) })),
    total: found.length,
  };
}
