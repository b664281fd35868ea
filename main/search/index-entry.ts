import type { IndexEntry } from '../../db/queries/search-index.ts';
import type { AttendeeFields } from '../roster/attendee.ts';
import { fold, foldedWords } from './fold.ts';

/** What the search indexes hold for one attendee. */
export function indexEntryFor(f: AttendeeFields, codes: readonly string[]): IndexEntry {
  const names = [f.displayName, f.firstName, f.familyName].join(' ');
  const emailWhole = f.email ? [fold(f.email)] : [];
  return {
    nameWords: foldedWords(names),
    otherWords: [...foldedWords(f.organisation), ...emailWhole, ...foldedWords(f.email), ...codes.map(fold)],
    // Codes stay out of the substring index: they are found exactly or by prefix (otherWords).
    folded: [names, f.organisation, f.email].map(fold).join(' \u2502 '),
  };
}
