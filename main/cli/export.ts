import type { Command } from 'commander';
import { InputError } from '../errors.ts';
import { daySchema } from '../../model/attendee.ts';
import { type ExportKind, exportList } from '../roster/export.ts';
import { exportPrivacyList, type PrivacyList } from '../privacy/lists.ts';
import { run } from './runner.ts';

const KINDS: readonly ExportKind[] = ['checkins', 'no-shows'];
/** The published participant list (those who consented) and the audit log (main/privacy/lists.ts). */
const PRIVACY_LISTS: readonly PrivacyList[] = ['participants', 'audit'];

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export check-ins, no-shows, participants (who consented to the published list) or the audit log to CSV (UTF-8, opens in Excel) or XLSX')
    .argument('<what>', 'checkins, no-shows, participants or audit')
    .requiredOption('-o, --output <file>', 'file to write, .csv or .xlsx')
    .option('--day <day>', 'only this event day, YYYY-MM-DD (default: every day)')
    .action(
      run(program, async (ctx, what: string, o: { output: string; day?: string }) => {
        if (PRIVACY_LISTS.includes(what as PrivacyList)) {
          const l = await exportPrivacyList(ctx.db, what as PrivacyList, o.output);
          return { json: l, text: `Wrote ${l.rows} ${what === 'audit' ? 'events' : 'participants'} to ${l.file}.` };
        }
        if (!KINDS.includes(what as ExportKind)) throw new InputError(`export ${what}: choose checkins, no-shows, participants or audit.`);
        if (o.day !== undefined && !daySchema.safeParse(o.day).success) throw new InputError('--day must be YYYY-MM-DD');
        const r = await exportList(ctx.db, what as ExportKind, o.output, o.day ?? null);
        return { json: r, text: `Wrote ${r.rows} ${what === 'checkins' ? 'check-ins' : 'no-shows'}${r.day ? ` of ${r.day}` : ''} to ${r.file}.` };
      }),
    );
}
