import type { Command } from 'commander';
import { readConference } from '../../db/queries/conference.ts';
import { timeIn } from '../../model/dates.ts';
import { InputError } from '../errors.ts';
import { daySchema } from '../../model/attendee.ts';
import { checkInSession } from '../sessions/checkin.ts';
import { writeSessionList } from '../sessions/export.ts';
import { importProgramme } from '../sessions/import-programme.ts';
import { importRegistrations } from '../sessions/import-registrations.ts';
import { findSession, programme } from '../sessions/programme.ts';
import { type CommandContext, type CommandOutput, EXIT, run } from './runner.ts';

const problemLines = (problems: readonly { line: number; message: string }[]): string[] => problems.map((p) => `  line ${p.line}: ${p.message}`);

/** `foyer checkin CODE --session SESSION`: the room door, with the front door's exit codes. */
export function sessionCheckinCommand(ctx: CommandContext, code: string, sessionRef: string, o: { day?: string; id?: boolean }): CommandOutput {
  const session = findSession(ctx.db, sessionRef);
  const target = o.id ? { attendeeId: code } : { code };
  const r = checkInSession(ctx.db, ctx.actor, { sessionId: session.id, target, ...(o.day ? { day: o.day } : {}) });
  const tz = readConference(ctx.db)?.settings.timeZone ?? 'UTC';
  const count = r.count ? `${r.count.admitted}${r.count.capacity === null ? '' : ` / ${r.count.capacity}`}` : '';
  const json = {
    outcome: r.outcome, session: { id: session.id, title: session.title, room: session.room }, count: r.count,
    attendee: r.attendee ? { id: r.attendee.id, name: r.attendee.displayName, organisation: r.attendee.organisation, category: r.attendee.category } : null,
    ...(r.outcome === 'admitted' ? { checkinId: r.checkinId, at: r.at, frontDoorCheckinId: r.frontDoorCheckinId } : {}),
    ...(r.outcome === 'already' ? { first: r.first } : {}),
    ...(r.outcome === 'refused' ? { reason: r.reason, entryReason: r.entryReason, message: r.message } : {}),
  };
  const who = r.attendee?.displayName ?? '';
  if (r.outcome === 'admitted') {
    const both = r.frontDoorCheckinId ? ' (and checked in to the event)' : '';
    return { json, text: `ADMITTED  ${who} to "${session.title}"${both}  at ${timeIn(tz, r.at)}  ${count}` };
  }
  if (r.outcome === 'already') {
    return { exitCode: EXIT.already, json, text: `ALREADY IN THIS SESSION  ${who}  since ${timeIn(tz, r.first.at)} (${r.first.desk})  ${count}` };
  }
  return { exitCode: EXIT.refused, json, text: `REFUSED  ${who ? `${who}: ` : ''}${r.message}` };
}

export function registerSessions(program: Command): void {
  const sessions = program.command('sessions').description('the programme: sessions, their registrations, who came into which room');
  sessions
    .command('import')
    .description('import the programme (CSV or XLSX; English or Romanian headers); merges by session id, else by title and start')
    .argument('<file>', 'CSV or XLSX file')
    .option('--dry-run', 'report what would be imported, change nothing')
    .option('--strict', 'refuse the whole file when a row has a problem')
    .action(
      run(program, async (ctx, file: string, o: { dryRun?: boolean; strict?: boolean }) => {
        const r = await importProgramme(ctx.db, ctx.actor, file, o);
        const lines = [
          `${r.file}: ${r.format.toUpperCase()}${r.encoding ? `, ${r.encoding}` : ''}${r.delimiter ? `, delimiter ${JSON.stringify(r.delimiter)}` : ''}`,
          `Columns: ${Object.entries(r.mapping).map(([f, h]) => `${h} → ${f}`).join(', ')}`,
          r.dryRun ? `Nothing written (${o.dryRun ? 'dry run' : 'rows with problems'}); ${r.rowsTotal - r.skipped} of ${r.rowsTotal} rows are good.`
            : `${r.added} sessions added, ${r.updated} updated; ${r.skipped} rows skipped.`,
          ...problemLines(r.problems),
        ];
        return { json: r, text: lines.join('\n'), exitCode: r.problems.length > 0 ? EXIT.failure : EXIT.ok };
      }),
    );
  sessions
    .command('import-registrations')
    .description('put people on sessions\' lists: a session id or title and a ticket code, e-mail or name per row')
    .argument('<file>', 'CSV or XLSX file')
    .option('--dry-run', 'report what would be imported, change nothing')
    .option('--strict', 'refuse the whole file when a row has a problem')
    .action(
      run(program, async (ctx, file: string, o: { dryRun?: boolean; strict?: boolean }) => {
        const r = await importRegistrations(ctx.db, ctx.actor, file, o);
        const head = r.dryRun ? `Nothing written (${o.dryRun ? 'dry run' : 'rows with problems'}).` : `${r.registered} registrations; ${r.skipped} rows skipped.`;
        return { json: r, text: [`${r.file}: ${head}`, ...problemLines(r.problems)].join('\n'), exitCode: r.problems.length > 0 ? EXIT.failure : EXIT.ok };
      }),
    );
  sessions
    .command('list')
    .description('the programme with, per session, people in the room, capacity and registrations')
    .option('--day <day>', 'only this day, YYYY-MM-DD')
    .action(
      run(program, (ctx, o: { day?: string }) => {
        if (o.day !== undefined && !daySchema.safeParse(o.day).success) throw new InputError('--day must be YYYY-MM-DD');
        const rows = programme(ctx.db, o.day);
        const tz = readConference(ctx.db)?.settings.timeZone ?? 'UTC';
        const text = rows.length === 0 ? 'No sessions: import the programme with `foyer sessions import FILE`.' : rows.map((s) =>
          `${s.day} ${timeIn(tz, s.startsAt)}–${timeIn(tz, s.endsAt)}  ${s.room.padEnd(26)} ${s.title}  [${s.type || '—'}, ${s.access}${s.access === 'category' ? `: ${s.categories.join(', ')}` : ''}]  ` +
          `${s.admitted}${s.capacity === null ? '' : ` / ${s.capacity}`} in${s.registered ? `, ${s.registered} registered` : ''}${s.full ? '  FULL' : ''}  (${s.id})`).join('\n');
        return { json: rows, text };
      }),
    );
  sessions
    .command('export')
    .description("write a session's attendance or no-show list (CSV or XLSX, by the file's extension; venue time)")
    .argument('<list>', 'attendance or no-shows')
    .argument('<session>', 'session id or exact title')
    .requiredOption('-o, --output <file>', 'file to write (.csv or .xlsx)')
    .action(
      run(program, async (ctx, list: string, ref: string, o: { output: string }) => {
        if (list !== 'attendance' && list !== 'no-shows') throw new InputError('the list is attendance or no-shows');
        const session = findSession(ctx.db, ref);
        const rows = await writeSessionList(ctx.db, session, list, o.output);
        return { json: { session: session.id, list, file: o.output, rows }, text: `${rows} rows (${list} of "${session.title}") written to ${o.output}.` };
      }),
    );
}
