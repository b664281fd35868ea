// Reads one roster file in a process of its own and prints what happened and the process's peak
// memory (maxRSS), so a test can check that no file makes an import take more than it should.
import { readTable } from '../../main/roster/read-table.ts';

const path = process.argv[2] as string;
let message: string;
try {
  const r = await readTable(path);
  message = `read ${r.table.rows.length} rows`;
} catch (err) {
  message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
process.stdout.write(JSON.stringify({ message, maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
