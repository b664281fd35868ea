import type { Command } from 'commander';
import { createDemoEvent } from '../demo/seed.ts';
import { InputError } from '../errors.ts';
import { daySchema } from '../../model/attendee.ts';
import { run } from './runner.ts';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('create the demo event (European Cluster Conference, 450 people, 369 meetings) in an empty database')
    .option('--start <day>', 'first of the three days, YYYY-MM-DD (default: today in Bucharest)')
    .action(
      run(program, (ctx, o: { start?: string }) => {
        if (o.start !== undefined && !daySchema.safeParse(o.start).success) throw new InputError('--start must be YYYY-MM-DD');
        let s;
        try {
          s = createDemoEvent(ctx.db, ctx.actor, o.start);
        } catch (err) {
          throw new InputError(err instanceof Error ? err.message : String(err));
        }
        return {
          json: s,
          text: `${s.name}: ${s.days.join(', ')}; ${s.attendees} attendees, ${s.organisationsInMatchmaking} clusters in matchmaking, ${s.meetings} meetings.\nDatabase: ${ctx.dbPath}`,
        };
      }),
    );
}
