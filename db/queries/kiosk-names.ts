import type { Db } from '../open.ts';
import { prepared } from '../prepared.ts';

/**
 * Attendees (rowids) with a name word starting with each of the words: names only, never the
 * organisation, e-mail or code column. Words are folded letters and digits, so quoting is enough.
 */
export function byNamePrefixes(db: Db, words: readonly string[], limit: number): number[] {
  if (words.length === 0) return [];
  const match = words.map((w) => `{names} : "${w}" *`).join(' AND ');
  return prepared(db, 'SELECT rowid FROM attendee_words WHERE attendee_words MATCH ? LIMIT ?').pluck().all(match, limit) as number[];
}
