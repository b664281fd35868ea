import type { IndexEntry } from '../../db/queries/search-index.ts';
import type { AttendeeFields } from '../../model/attendee.ts';
import { fold, foldRepeated, splitFolded } from './fold.ts';

/** What the search index reads of a person. */
export type IndexedFields = Pick<AttendeeFields, 'displayName' | 'firstName' | 'familyName' | 'organisation' | 'email'>;

/** Only what the index reads: during a large import it crosses to another thread. */
export const indexedFields = (f: IndexedFields): IndexedFields => ({
  displayName: f.displayName, firstName: f.firstName, familyName: f.familyName, organisation: f.organisation, email: f.email,
});

/** What the search indexes hold for one attendee. Each text is folded once. */
export function indexEntryFor(f: IndexedFields, codes: readonly string[]): IndexEntry {
  const display = fold(f.displayName);
  // First and family names usually repeat the display name; add them only when they differ.
  const parts = [f.firstName, f.familyName].map(foldRepeated).filter((p) => p && !display.includes(p));
  const names = [display, ...parts].join(' ');
  const organisation = foldRepeated(f.organisation);
  const email = fold(f.email);
  const nameWords = splitFolded(names);
  const organisationWords = splitFolded(organisation);
  return {
    nameWords,
    otherWords: [...organisationWords, ...splitFolded(email), ...codes.flatMap((c) => splitFolded(fold(c)))],
    // E-mail and code words are found by prefix only: every distinct word costs trigrams on import,
    // and each code is a distinct word.
    vocabulary: [...new Set([...nameWords, ...organisationWords])],
  };
}
