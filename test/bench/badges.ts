// Badges and meeting sheets: one badge warm, a 1,000-badge batch (wall time and peak RSS, in its
// own process) and one meeting sheet.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb } from '../../db/open.ts';
import { attendeesWithMeetings } from '../../db/queries/meetings.ts';
import { renderBadgePdf } from '../../main/badges/render-badge.ts';
import { renderSheetPdf } from '../../main/sheets/render-sheet.ts';
import { createBenchDb } from './badges-setup.ts';
import { type BenchSection, timeIt } from './harness.ts';

const here = dirname(fileURLToPath(import.meta.url));

export async function bench(): Promise<BenchSection> {
  const path = createBenchDb(1000);
  const db = openDb(path);
  const ids = db.prepare('SELECT id FROM attendees ORDER BY rowid').pluck().all() as string[];
  const one = await timeIt((i) => renderBadgePdf(db, ids[i % ids.length] as string, 'a6-portrait'), 300, 50);
  const withMeetings = attendeesWithMeetings(db);
  const sheet = await timeIt((i) => renderSheetPdf(db, withMeetings[i % withMeetings.length] as string), 100, 20);
  db.close();
  const out = join(dirname(path), 'badges.pdf');
  const batch = JSON.parse(execFileSync(process.execPath, [join(here, 'badges-batch-worker.ts'), path, out], { encoding: 'utf8' })) as
    { badges: number; ms: number; maxRssMb: number; bytes: number };
  rmSync(dirname(path), { recursive: true, force: true });
  return {
    title: 'Badges and meeting sheets',
    rows: [
      { name: 'one badge, warm (A6, signed vector QR)', ...one, goal: 'p50 ≤ 5 ms' },
      { name: `batch of ${batch.badges} badges, wall time (own process, cold)`, value: batch.ms, goal: '≤ 2000 ms' },
      { name: `batch of ${batch.badges} badges, peak RSS`, value: batch.maxRssMb, unit: 'MB', goal: '≤ 300 MB' },
      { name: `batch of ${batch.badges} badges, PDF size`, value: batch.bytes / 1e6, unit: 'MB' },
      { name: 'one meeting sheet (A4)', ...sheet },
    ],
  };
}
