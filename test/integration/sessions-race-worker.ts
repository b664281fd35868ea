// A separate process at a room door, letting people in as fast as it can and printing one line per
// answer (after checkInSession returned, i.e. after the commit). Args: dbPath desk first count goFile sessionId
import { existsSync } from 'node:fs';
import { openDb } from '../../db/open.ts';
import { checkInSession } from '../../main/sessions/checkin.ts';

const [dbPath, desk, first, count, goFile, sessionId] = process.argv.slice(2) as [string, string, string, string, string, string];
const db = openDb(dbPath);
process.stdout.write('ready\n');
while (!existsSync(goFile)) await new Promise((r) => setTimeout(r, 2));
for (let i = Number(first); i < Number(first) + Number(count); i++) {
  const code = `CODE${String(i).padStart(5, '0')}`;
  const r = checkInSession(db, { desk, operator: 'burst' }, { sessionId, target: { code }, day: '2019-05-14', now: new Date('2019-05-14T08:35:00Z') });
  process.stdout.write(`${JSON.stringify({ code, outcome: r.outcome === 'refused' ? r.reason : r.outcome })}\n`);
}
db.close();
