import type { Command } from 'commander';
import { readConference } from '../../db/queries/conference.ts';
import { countAttendees } from '../../db/queries/attendees.ts';
import { InputError } from '../errors.ts';
import { configureConference, daysBetween } from '../conference/configure.ts';
import { readStatsSnapshot } from '../../db/queries/privacy.ts';
import { retentionStatus } from '../privacy/retention.ts';
import { daySchema } from '../../model/attendee.ts';
import { run } from './runner.ts';

interface CreateOptions {
  name: string;
  venue?: string;
  start: string;
  end?: string;
  timeZone: string;
  retainUntil?: string;
}

export function registerEvent(program: Command): void {
  const event = program.command('event').description('create or show the event this database holds');
  event
    .command('create')
    .description('create the event, or change its settings')
    .requiredOption('--name <name>', 'event name')
    .option('--venue <venue>', 'venue')
    .requiredOption('--start <day>', 'first day, YYYY-MM-DD')
    .option('--end <day>', 'last day, YYYY-MM-DD (default: the first day)')
    .option('--time-zone <tz>', 'IANA time zone of the venue', 'Europe/Bucharest')
    .option('--retain-until <day>', 'keep personal data until this day, YYYY-MM-DD, then purge it (`foyer purge`)')
    .action(
      run(program, (ctx, o: CreateOptions) => {
        const days = daysBetween(o.start, o.end ?? o.start);
        if (days.length === 0) throw new InputError(`--end ${o.end} is before --start ${o.start}`);
        if (o.retainUntil !== undefined && !daySchema.safeParse(o.retainUntil).success) throw new InputError('--retain-until must be YYYY-MM-DD');
        let settings;
        try {
          settings = configureConference(ctx.db, ctx.actor, {
            name: o.name, venue: o.venue ?? '', days, timeZone: o.timeZone, ...(o.retainUntil ? { retentionUntil: o.retainUntil } : {}),
          });
        } catch (err) {
          throw new InputError(err instanceof Error ? err.message : String(err));
        }
        return { json: settings, text: `Event "${settings.name}" on ${days.join(', ')} (${settings.timeZone}).` };
      }),
    );
  event
    .command('show')
    .description('show the event')
    .action(
      run(program, (ctx) => {
        const e = readConference(ctx.db);
        if (!e) throw new InputError('No event in this database: run `foyer event create` or `foyer demo`.');
        const s = e.settings;
        const attendees = countAttendees(ctx.db);
        const retention = retentionStatus(ctx.db);
        const kept = retention.until === null ? 'Personal data: no retention date set'
          : `Personal data: kept until ${retention.until}${retention.overdue ? ' (PAST: purge it with `foyer purge --confirm "<name>"`)' : ''}`;
        const lines = [`${s.name}`, `Venue: ${s.venue || '—'}`, `Days: ${s.days.join(', ')}`, `Time zone: ${s.timeZone}`, `Attendees: ${attendees}`, kept];
        if (retention.purgedAt) lines.push(`Purged: ${retention.purgedAt}`);
        return {
          // After a purge, the anonymous figures it kept.
          json: { ...s, logo: s.logo ? '(set)' : null, attendees, retention, keptStatistics: readStatsSnapshot(ctx.db)?.stats ?? null },
          text: lines.join('\n'),
        };
      }),
    );
}
