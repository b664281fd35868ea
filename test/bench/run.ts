// `npm run bench [-- --json] [-- --only name]`: every feature's benchmark, with baselines measured
// in the same run, printed as a table (or JSON).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow, BenchSection } from './harness.ts';

const here = dirname(fileURLToPath(import.meta.url));
const MODULES = ['foundation', 'badges', 'print', 'sync', 'ui', 'scan-capture', 'import', 'sessions', 'meetings', 'designer', 'encryption'];
const args = process.argv.slice(2);
const json = args.includes('--json');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

const fmt = (n: number | undefined): string => (n === undefined ? '' : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(3));

function print(section: BenchSection): void {
  console.log(`\n## ${section.title}\n`);
  console.log('| measure | p50 | p95 | p99 | value | vs baseline (p50 / p99) | goal |');
  console.log('|---|---|---|---|---|---|---|');
  const byName = new Map(section.rows.map((r) => [r.name, r]));
  for (const r of section.rows) {
    const base: BenchRow | undefined = r.baseline ? byName.get(r.baseline) : undefined;
    const ratio = base && r.p50 && base.p50 && r.p99 && base.p99
      ? `${(base.p50 / r.p50).toFixed(1)}× faster / ${(r.p99 / base.p99).toFixed(2)}× of baseline p99`
      : '';
    const value = r.value === undefined ? '' : `${fmt(r.value)} ${r.unit ?? 'ms'}`;
    console.log(`| ${r.name} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${value} | ${ratio} | ${r.goal ?? ''} |`);
  }
}

const results: (BenchSection | { title: string; error: string })[] = [];
for (const name of MODULES) {
  if (only && only !== name) continue;
  const file = join(here, `${name}.ts`);
  if (!existsSync(file)) continue;
  if (!json) process.stderr.write(`running ${name}…\n`);
  try {
    const mod = (await import(file)) as { bench: () => Promise<BenchSection> };
    const section = await mod.bench();
    results.push(section);
    if (!json) print(section);
  } catch (err) {
    // One broken section must not hide the others' numbers; the run still ends in failure.
    const error = err instanceof Error ? err.message : String(err);
    results.push({ title: name, error });
    process.exitCode = 1;
    if (!json) console.log(`\n## ${name}\n\nFAILED: ${error}`);
  }
}
if (json) console.log(JSON.stringify(results, null, 2));
console.log(json ? '' : '\nTimes in milliseconds.');
