import type { Command } from 'commander';
import { dayStats } from '../checkin/stats.ts';
import { InputError } from '../errors.ts';
import { daySchema } from '../../model/attendee.ts';
import { run } from './runner.ts';

const pct = (n: number, of: number): string => (of === 0 ? '—' : `${Math.round((100 * n) / of)}%`);

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('registered and checked in, by category and country, arrivals per 15 minutes')
    .option('--day <day>', 'event day, YYYY-MM-DD (default: today at the venue)')
    .action(
      run(program, (ctx, o: { day?: string }) => {
        if (o.day !== undefined && !daySchema.safeParse(o.day).success) throw new InputError('--day must be YYYY-MM-DD');
        const s = dayStats(ctx.db, o.day);
        const lines = [
          `${s.day}: ${s.checkedIn} of ${s.registered} checked in (${pct(s.checkedIn, s.registered)}), ${s.notCheckedIn} not yet; ${s.cancelled} cancelled, ${s.blocked} blocked`,
          '',
          'By category:',
          ...s.byCategory.map((c) => `  ${c.key.padEnd(14)} ${String(c.checkedIn).padStart(5)} / ${c.registered}`),
          '',
          'By country:',
          ...s.byCountry.map((c) => `  ${(c.key || '—').padEnd(14)} ${String(c.checkedIn).padStart(5)} / ${c.registered}`),
        ];
        if (s.arrivalsPer15Min.length > 0) {
          const max = Math.max(...s.arrivalsPer15Min.map((b) => b.arrivals));
          lines.push('', 'Arrivals per 15 minutes:');
          for (const b of s.arrivalsPer15Min) lines.push(`  ${b.slot} ${'█'.repeat(Math.ceil((30 * b.arrivals) / max)).padEnd(30)} ${b.arrivals}`);
        }
        return { json: s, text: lines.join('\n') };
      }),
    );
}
