import { writeFileSync } from 'node:fs';
import { fold } from '../../main/search/fold.ts';
import { POOLS } from '../../main/demo/names.ts';
import { seededRandom, pick, secret } from '../../main/demo/random.ts';

/** Writes an export-shaped CSV of n attendees and returns queries that hit real rows. */
export function writeRosterCsv(path: string, n: number): Record<'families8' | 'accentFree' | 'fragments' | 'typos', string[]> {
  const rnd = seededRandom(7);
  const lines = ['First name,Last name,Email,Company,Country,Ticket type,Code'];
  const accented: string[] = [];
  for (let i = 0; i < n; i++) {
    const pool = pick(rnd, POOLS);
    const first = pick(rnd, [...pool.women, ...pool.men]);
    const family = pick(rnd, pool.families);
    if (family !== fold(family) && accented.length < 50) accented.push(fold(family));
    const org = pick(rnd, pool.clusterNames).replaceAll('"', '""');
    lines.push(`${first},"${family}",u${i}@example.org,"${org}",${pool.country},Participant,${secret(rnd)}${i}`);
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  const longFamilies = [...new Set(POOLS.flatMap((p) => p.families).map(fold).filter((f) => /^[a-z]{8,}$/.test(f)))];
  return {
    families8: longFamilies.slice(0, 20).map((f) => f.slice(0, 8)),
    accentFree: [...new Set(accented)].slice(0, 20),
    // "kowska" for Bieńkowska: found through the word vocabulary, not by prefix.
    fragments: longFamilies.slice(0, 20).map((f) => f.slice(3, 8)),
    // Two neighbouring letters swapped: found only by the one-typo search.
    typos: longFamilies.slice(0, 20).map((f) => `${f.slice(0, 3)}${f[4]}${f[3]}${f.slice(5)}`),
  };
}
