import type { Command } from 'commander';
import { type ImportReport, importFile } from '../roster/run-import.ts';
import { EXIT, run } from './runner.ts';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** The report as a person reads it at the terminal. */
function describe(r: ImportReport): string {
  const verb = r.outcome === 'imported' ? 'Imported' : r.outcome === 'dry-run' ? 'Dry run (nothing changed)' : 'Rejected (nothing imported, --strict)';
  const source = r.format === 'xlsx' ? 'XLSX workbook' : `CSV, ${r.encoding}, ${r.delimiter}-separated`;
  const lines = [
    `${verb}: ${r.file}`,
    `Format: ${source}`,
    `Preset: ${r.preset} (${r.presetReason})`,
    'Columns:',
    ...r.mapping.map((m) => `  ${String(m.column).padStart(3)}  ${m.header}  →  ${m.field}`),
    `Rows: ${r.rowsTotal}  added: ${r.added}  updated: ${r.updated}  unchanged: ${r.unchanged}  marked missing: ${r.missing}  skipped: ${r.skipped}`,
  ];
  for (const w of r.warnings) lines.push(`Warning: ${w}`);
  if (r.problems.length > 0) {
    lines.push(`Problems (${r.problems.length}${r.outcome === 'imported' ? ', these rows were skipped' : ''}):`);
    for (const p of r.problems.slice(0, 200)) lines.push(`  line ${p.line}: ${p.message}`);
    if (r.problems.length > 200) lines.push(`  … and ${r.problems.length - 200} more (--json lists them all)`);
  }
  return lines.join('\n');
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import or re-import the roster from a CSV or XLSX export (pretix, Eventbrite, Hi.Events or any)')
    .argument('<file>', 'CSV or XLSX file')
    .option('--map <Header=field>', 'map a column to a field, e.g. --map "Nume=last" (repeatable)', collect, [])
    .option('--preset <id>', 'pretix, eventbrite, hi.events or generic (default: detected from the headers)')
    .option('--dry-run', 'show what would happen without changing anything')
    .option('--strict', 'import nothing if any row has a problem')
    .option('--no-mark-missing', 'do not mark people absent from this file as missing')
    .action(
      run(program, async (ctx, file: string, o: { map: string[]; preset?: string; dryRun?: boolean; strict?: boolean; markMissing: boolean }) => {
        const report = await importFile(ctx.db, ctx.actor, file, {
          map: o.map, dryRun: o.dryRun ?? false, strict: o.strict ?? false, markMissing: o.markMissing,
          progress: ctx.progress, ...(o.preset ? { preset: o.preset } : {}),
        });
        return { json: report, text: describe(report), exitCode: report.outcome === 'rejected' ? EXIT.badInput : EXIT.ok };
      }),
    );
}
