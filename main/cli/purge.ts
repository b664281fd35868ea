import type { Command } from 'commander';
import { purgeConference } from '../privacy/purge.ts';
import { run } from './runner.ts';

export function registerPurge(program: Command): void {
  program
    .command('purge')
    .description('after the event: erase its personal data on this desk and every desk it syncs with, keeping anonymous statistics')
    .requiredOption('--confirm <name>', 'the exact name of the conference (a purge cannot be undone)')
    .action(
      run(program, (ctx, o: { confirm: string }) => {
        const r = purgeConference(ctx.db, ctx.actor, o.confirm);
        const people = r.erased.rows.attendees ?? 0;
        const lines = r.purged
          ? [
            `Purged "${r.kept.conference}": ${people} people, their codes, e-mails, notes, check-ins, meetings and print jobs;`,
            'the payloads of the event log; the search index;',
            `${r.erased.files.length} file(s) Foyer had written.`,
            'Kept: the conference, the anonymous statistics, and the time, type, desk and operator of each event.',
          ]
          : [`Nothing left to purge: "${r.kept.conference}" was purged on ${r.at}.`];
        if (r.cleanup && !r.cleanup.logsEmptied) lines.push('Another program was reading the database: an open desk empties its log within seconds (or run the purge again).');
        return { json: r, text: lines.join('\n') };
      }),
    );
}
