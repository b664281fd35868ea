import { dirname } from 'node:path';
import type { Db } from '../../../db/open.ts';
import { fold } from '../../../main/search/fold.ts';
import { filesUnder, wordsFoundIn } from './bytes.ts';

/**
 * Words that identify people on this roster, as stored (family names, first names, e-mail
 * addresses, ticket codes) and as the search index folds them: 5 characters or more, so that
 * a hit in a file is a real one.
 */
export function rosterWords(db: Db): string[] {
  const rows = db.prepare('SELECT first_name, family_name, email, codes FROM attendees').raw().all() as string[][];
  const words = new Set<string>();
  for (const [first, family, email, codes] of rows) {
    for (const w of [first, family, email, ...(JSON.parse(codes as string) as string[])]) {
      if (!w) continue;
      for (const v of [w, fold(w)]) if (v.length >= 5) words.add(v);
    }
  }
  return [...words];
}

/** The words that a database without anyone in it holds too (schema text, the conference), to leave out. */
export function withoutBaseline(words: readonly string[], emptyDbPath: string): string[] {
  const noise = new Set(wordsFoundIn(filesUnder(dirname(emptyDbPath)), words).map((hit) => hit.slice(hit.lastIndexOf(': ') + 2)));
  return words.filter((w) => !noise.has(w));
}
