import type { Db } from '../../db/open.ts';
import { attendeeIdByCode, getAttendee, getAttendeesByRowid, type StoredAttendee } from '../../db/queries/attendees.ts';
import { byAnyOfWords, byWordPrefix, NAME_TERM, OTHER_TERM, wordsContaining, wordsSharingTrigrams } from '../../db/queries/search-index.ts';
import { foldedWords } from './fold.ts';
import { withinOneEdit } from './typo.ts';

export type MatchKind = 'code' | 'name' | 'other' | 'typo';

export interface SearchHit {
  readonly attendee: StoredAttendee;
  readonly match: MatchKind;
}

const TYPO_MIN_LENGTH = 5;
const TYPO_CANDIDATES = 200;
/** Words a fragment may stand for: enough for any real query, bounded for the worst. */
const WORDS_PER_FRAGMENT = 64;

/**
 * Finds people by name, organisation, e-mail or ticket code, however it is typed. Ranked:
 * exact ticket code, then a name word starting with the query, then any other match, then (for
 * words of 5+ letters with nothing better) names one typo away.
 */
export function search(db: Db, query: string, limit = 20): SearchHit[] {
  const q = query.trim();
  if (q.length === 0 || limit <= 0) return [];
  const hits: SearchHit[] = [];
  const seen = new Set<number>();
  const add = (rowids: readonly number[], match: MatchKind): void => {
    const fresh = rowids.filter((r) => !seen.has(r)).slice(0, limit - hits.length);
    for (const attendee of getAttendeesByRowid(db, fresh)) {
      seen.add(attendee.rowid);
      hits.push({ attendee, match });
    }
  };

  const codeOwner = attendeeIdByCode(db, q);
  const owner = codeOwner ? getAttendee(db, codeOwner) : undefined;
  if (owner) add([owner.rowid], 'code');

  const words = foldedWords(q).sort((a, b) => b.length - a.length);
  const [longest, ...rest] = words;
  if (longest === undefined) return hits;

  if (hits.length < limit) add(byWordPrefix(db, NAME_TERM, longest, rest, limit + seen.size), 'name');
  if (hits.length < limit) add(byWordPrefix(db, OTHER_TERM, longest, rest, limit + seen.size), 'other');
  const fragments = words.filter((w) => w.length >= 3);
  if (hits.length < limit && fragments.length === words.length) {
    const groups = fragments.map((f) => wordsContaining(db, f, WORDS_PER_FRAGMENT));
    add(byAnyOfWords(db, groups, limit + seen.size), 'other');
  }
  if (hits.length === 0 && words.length === 1 && longest.length >= TYPO_MIN_LENGTH) {
    const close = wordsSharingTrigrams(db, longest, TYPO_CANDIDATES).filter((w) => withinOneEdit(w, longest));
    add(byAnyOfWords(db, [close], limit), 'typo');
  }
  return hits;
}
