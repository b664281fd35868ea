// A separate process that checks people in as fast as it can, printing one line per
// acknowledged check-in (only after checkIn returned, i.e. after the commit reached the disk).
// Used by the concurrency and crash tests. Args: dbPath desk firstIndex count [goFile]
import { existsSync } from 'node:fs';
import { openDb } from '../../../db/open.ts';
import { checkIn } from '../../../main/checkin/checkin.ts';

const [dbPath, desk, first, count, goFile] = process.argv.slice(2) as [string, string, string, string, string | undefined];
const db = openDb(dbPath);
if (goFile) {
  process.stdout.write('ready\n');
  while (!existsSync(goFile)) await new Promise((r) => setTimeout(r, 2));
}
for (let i = Number(first); i < Number(first) + Number(count); i++) {
  const code = `CODE${String(i).padStart(5, '0')}`;
  const r = checkIn(db, { desk, operator: 'burst' }, { target: { code }, day: '2019-05-14' });
  process.stdout.write(`${JSON.stringify({ code, outcome: r.outcome, id: r.outcome === 'admitted' ? r.checkinId : null })}\n`);
}
db.close();
