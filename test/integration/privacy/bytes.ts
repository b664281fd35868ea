import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a folder (recursively). */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/**
 * Which of the words appear in which file, in any letter case (the search index stores names
 * folded to lowercase). Words are ASCII; the bytes are compared as Latin-1 text.
 */
export function wordsFoundIn(files: readonly string[], words: readonly string[]): string[] {
  const found: string[] = [];
  for (const f of files) {
    if (!existsSync(f)) continue;
    const text = readFileSync(f).toString('latin1').toLowerCase();
    for (const w of words) if (text.includes(w.toLowerCase())) found.push(`${f}: ${w}`);
  }
  return found;
}
