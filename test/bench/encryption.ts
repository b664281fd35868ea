import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startIdleCheckpoints } from '../../db/idle-checkpoints.ts';
import { openDb, type Db } from '../../db/open.ts';
import { checkIn } from '../../main/checkin/checkin.ts';
import { configureConference } from '../../main/conference/configure.ts';
import { search } from '../../main/search/search.ts';
import { type BenchRow, type BenchSection, timeInterleaved } from './harness.ts';
import { writeRosterCsv } from './roster-csv.ts';

// Encryption at rest, side by side: the same 100k roster imported into a plain database and into
// one encrypted with a key (better-sqlite3-multiple-ciphers, ChaCha20-Poly1305), then the same
// searches and check-ins timed in alternation on both, so that the machine's load skews both alike.

const N = 100_000;
const DAY = '2019-05-14';
const DESK = { desk: 'Bench', operator: 'bench' };
const CHECKINS = 5_000;
const WARMUP = 300;

async function setUp(dir: string, name: string, csv: string, key: string | null): Promise<{ db: Db; importMs: number; stop: () => void }> {
  const db = openDb(join(dir, `${name}.sqlite`), { key });
  const checkpoints = startIdleCheckpoints(db);
  configureConference(db, DESK, { name: 'Bench', venue: '', days: [DAY], timeZone: 'Europe/Bucharest' });
  const { importFile } = await import('../../main/roster/run-import.ts');
  const t0 = performance.now();
  await importFile(db, DESK, csv, {});
  return { db, importMs: performance.now() - t0, stop: () => checkpoints.stop() };
}

export async function bench(): Promise<BenchSection> {
  const dir = mkdtempSync(join(tmpdir(), 'foyer-bench-enc-'));
  const csv = join(dir, 'roster.csv');
  const sample = writeRosterCsv(csv, N);
  const plain = await setUp(dir, 'plain', csv, null);
  const encrypted = await setUp(dir, 'encrypted', csv, 'bench key, not a secret');
  const rows: BenchRow[] = [
    { name: `import ${N.toLocaleString('en')} rows, encrypted`, value: encrypted.importMs, baseline: 'import, plain' },
    { name: 'import, plain', value: plain.importMs },
  ];
  const queries = [...sample.families8, ...sample.fragments, ...sample.typos, 'pop', 'an', 'm'];
  const s = await timeInterleaved({
    encrypted: (i) => search(encrypted.db, queries[i % queries.length] as string, 20),
    plain: (i) => search(plain.db, queries[i % queries.length] as string, 20),
  }, 3_000, 300);
  rows.push({ name: 'search (mixed queries), encrypted', ...s.encrypted, baseline: 'search, plain' }, { name: 'search, plain', ...s.plain });
  const codesOf = (db: Db): string[] => db.prepare('SELECT code FROM ticket_codes ORDER BY code LIMIT ?').pluck().all(CHECKINS + WARMUP) as string[];
  const [encCodes, plainCodes] = [codesOf(encrypted.db), codesOf(plain.db)];
  const c = await timeInterleaved({
    encrypted: (i) => checkIn(encrypted.db, DESK, { target: { code: encCodes[i] as string }, day: DAY }),
    plain: (i) => checkIn(plain.db, DESK, { target: { code: plainCodes[i] as string }, day: DAY }),
  }, CHECKINS, WARMUP);
  rows.push(
    { name: 'check-in (scan → durable), encrypted', ...c.encrypted, baseline: 'check-in, plain', goal: 'cost stated in README' },
    { name: 'check-in, plain', ...c.plain },
  );
  for (const side of [plain, encrypted]) {
    side.stop();
    side.db.close();
  }
  rmSync(dir, { recursive: true, force: true });
  return { title: `Encryption at rest at ${N.toLocaleString('en')} attendees (plain vs encrypted)`, rows };
}
