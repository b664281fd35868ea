// Renders every badge of a database into one PDF in a fresh process, so that its peak RSS is the
// batch's own. Prints {"badges", "ms", "maxRssMb", "bytes"} on stdout.
import { createWriteStream, statSync } from 'node:fs';
import { openDb } from '../../db/open.ts';
import { renderBadgeBatch, selectBadgeIds } from '../../main/badges/render-batch.ts';

const [dbPath, out, template = 'a6-portrait'] = process.argv.slice(2) as [string, string, string?];
const db = openDb(dbPath);
const t0 = performance.now();
const ids = selectBadgeIds(db, { sort: 'name' });
const n = await renderBadgeBatch(db, ids, createWriteStream(out), template);
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ badges: n, ms, maxRssMb: process.resourceUsage().maxRSS / 1024, bytes: statSync(out).size }));
