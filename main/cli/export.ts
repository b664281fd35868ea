import type { Command } from 'commander';
import { InputError } from '../errors.ts';
import { daySchema } from '../../model/attendee.ts';
import { type ExportKind, exportList } from '../roster/export.ts';
import { run } from './runner.ts';

const KINDS: readonly ExportKind[] = ['checkins', 'no-shows'];

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export check-ins or no-shows to a CSV (UTF-8, opens in Excel) or XLSX file')
    .argument('<what>', 'checkins or no-shows')
    .requiredOption('-o, --output <file>', 'file to write, .csv or .xlsx')
    .option('--day <day>', 'only this event day, YYYY-MM-DD (default: every day)')
    .action(
      run(program, async (ctx, what: string, o: { output: string; day?: string }) => {
        if (!KINDS.includes(what as ExportKind)) throw new InputError(`export ${what}: choose checkins or no-shows.`);
        if (o.day !== undefined && !daySchema.safeParse(o.day).success) throw new InputError('--day must be YYYY-MM-DD');
        const r = await exportList(ctx.db, what as ExportKind, o.output, o.day ?? null);
        return { json: r, text: `Wrote ${r.rows} ${what === 'checkins' ? 'check-ins' : 'no-shows'}${r.day ? ` of ${r.day}` : ''} to ${r.file}.` };
      }),
    );
}
