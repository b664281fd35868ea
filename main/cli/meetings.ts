import { createWriteStream, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { Command } from 'commander';
import { getAttendee } from '../../db/queries/attendees.ts';
import { recordExportedFile } from '../../db/queries/privacy.ts';
import { readConference } from '../../db/queries/conference.ts';
import { allMeetings, attendeesWithMeetings, meetingsOf } from '../../db/queries/meetings.ts';
import { InputError } from '../errors.ts';
import { timeIn } from '../../model/dates.ts';
import { confirmByBadges, confirmByCode, type MatchmakingOutcome } from '../meetings/confirm.ts';
import { importMeetings } from '../meetings/import-meetings.ts';
import { meetingsReport } from '../meetings/report.ts';
import { meetingsReportFile } from '../meetings/report-export.ts';
import { renderSheetPdf, renderSheetsBatch, type SheetSize } from '../sheets/render-sheet.ts';
import { attendeeIdFor } from './attendee-ref.ts';
import { EXIT, run } from './runner.ts';

const sizeOf = (s: string): SheetSize => {
  const size = s.toUpperCase();
  if (size !== 'A4' && size !== 'A5') throw new InputError('--size must be A4 or A5');
  return size;
};

export function registerMeetings(program: Command): void {
  const meetings = program.command('meetings').description('matchmaking meetings: import the schedule, list it');
  meetings
    .command('import')
    .description('import the meeting schedule (CSV or XLSX) from the matchmaking tool; it replaces the previous one')
    .argument('<file>', 'CSV or XLSX file')
    .option('--map <Header=field...>', 'say what a column is (fields: date, start, end, duration, location, emailA, codeA, nameA, organisationA, and the same with B)')
    .option('--dry-run', 'report what would be imported, change nothing')
    .action(
      run(program, async (ctx, file: string, o: { map?: string[]; dryRun?: boolean }) => {
        const r = await importMeetings(ctx.db, ctx.actor, file, { ...(o.map ? { map: o.map } : {}), dryRun: o.dryRun ?? false });
        const lines = [
          `${r.file}: ${r.format.toUpperCase()}${r.encoding ? `, ${r.encoding}` : ''}${r.delimiter ? `, delimiter ${JSON.stringify(r.delimiter)}` : ''}`,
          `Columns: ${Object.entries(r.mapping).map(([f, h]) => `${h} → ${f}`).join(', ')}`,
          `${o.dryRun ? 'Would import' : 'Imported'} ${o.dryRun ? r.rowsTotal - r.skipped : r.imported} meetings of ${r.rowsTotal} rows; ${r.skipped} skipped.`
            + (o.dryRun ? '' : ` ${r.cancelled} cancelled or declined; ${r.organisationMeetings} with an organisation as a party.`),
          ...r.problems.map((p) => `  line ${p.line}: ${p.kind === 'overlap' ? 'overlap: ' : ''}${p.message}`),
        ];
        return { json: r, text: lines.join('\n'), exitCode: r.problems.length > 0 ? EXIT.failure : EXIT.ok };
      }),
    );
  meetings
    .command('list')
    .description("list every meeting, or one person's")
    .argument('[code]', 'ticket code or attendee id')
    .action(
      run(program, (ctx, ref?: string) => {
        const tz = readConference(ctx.db)?.settings.timeZone ?? 'UTC';
        const name = (id: string): string => getAttendee(ctx.db, id)?.displayName ?? id;
        if (ref) {
          const id = attendeeIdFor(ctx.db, ref);
          const rows = meetingsOf(ctx.db, id, { withCancelled: true });
          const text = rows.length === 0 ? `${name(id)}: no meetings scheduled.` : [`${name(id)}: ${rows.length} meetings`, ...rows.map((m) =>
            `  ${m.startsAt.slice(0, 10)} ${timeIn(tz, m.startsAt)}–${timeIn(tz, m.endsAt)}  ${m.location.padEnd(10)} ${m.counterpartName} (${m.counterpartOrganisation || '—'})`)].join('\n');
          return { json: rows, text };
        }
        const rows = allMeetings(ctx.db);
        const text = rows.length === 0 ? 'No meetings.' : [`${rows.length} meetings`, ...rows.map((m) =>
          `  ${m.startsAt.slice(0, 10)} ${timeIn(tz, m.startsAt)}–${timeIn(tz, m.endsAt)}  ${m.location.padEnd(10)} ${name(m.partyA)} — ${name(m.partyB)}${m.status === 'cancelled' ? '  (cancelled)' : ''}`)].join('\n');
        return { json: rows, text };
      }),
    );
  meetings
    .command('report')
    .description('held / scheduled / cancelled meetings, by organisation and by sector; the meetings not held with both sides\' contacts')
    .option('-o, --output <file>', 'write every meeting with its outcome to a .csv or .xlsx file')
    .option('--not-held', 'with -o: only the meetings not held')
    .action(
      run(program, async (ctx, o: { output?: string; notHeld?: boolean }) => {
        const report = meetingsReport(ctx.db);
        const tz = readConference(ctx.db)?.settings.timeZone ?? 'UTC';
        let written = '';
        if (o.output) {
          const ext = extname(o.output).toLowerCase();
          if (ext !== '.csv' && ext !== '.xlsx') throw new InputError(`-o ${o.output}: the file name must end in .csv or .xlsx.`);
          const file = await meetingsReportFile(ctx.db, ext === '.csv' ? 'csv' : 'xlsx', o.notHeld ?? false);
          writeFileSync(o.output, file.bytes);
          written = `${file.rows} meetings written to ${o.output}.`;
        }
        const t = report.totals;
        const line = (label: string, c: typeof t): string => `  ${label.slice(0, 44).padEnd(44)} ${String(c.held).padStart(4)} held / ${String(c.scheduled).padStart(4)} scheduled, ${c.noShow} not held, ${c.cancelled} cancelled`;
        const text = [
          `Meetings: ${t.held} held of ${t.scheduled} scheduled (${t.noShow} not held, ${t.upcoming} still to come); ${t.cancelled} cancelled.`,
          'By organisation:', ...report.byOrganisation.slice(0, 15).map((r) => line(r.organisation, r)),
          ...(report.byOrganisation.length > 15 ? [`  … and ${report.byOrganisation.length - 15} more (--json or -o for all)`] : []),
          'By sector:', ...report.bySector.map((r) => line(r.sector, r)),
          `Not held (${report.noShows.length}):`, ...report.noShows.slice(0, 30).map((m) =>
            `  ${m.day} ${timeIn(tz, m.startsAt)} ${m.location.padEnd(9)} ${m.a.label}${m.a.present ? '' : ' (absent)'} <${m.a.people.map((p) => p.email).join(', ')}> — ${m.b.label}${m.b.present ? '' : ' (absent)'} <${m.b.people.map((p) => p.email).join(', ')}>`),
          ...(report.noShows.length > 30 ? [`  … and ${report.noShows.length - 30} more (-o to list them all)`] : []),
          written,
        ].filter(Boolean).join('\n');
        const { meetings: _none, ...json } = report;
        return { json, text };
      }),
    );

  const meeting = program.command('meeting').description('one matchmaking meeting');
  meeting
    .command('confirm')
    .description('mark a meeting held: scan its code from the meeting sheet, or both parties\' badges')
    .argument('<code>', 'the meeting code (QR on the meeting sheets), or the first party\'s badge or ticket code')
    .argument('[second]', 'the other party\'s badge or ticket code (when <code> is a badge)')
    .option('--place <place>', 'where it was confirmed (a table, the matchmaking desk); default: the desk\'s name')
    .action(
      run(program, (ctx, code: string, second: string | undefined, o: { place?: string }) => {
        const options = o.place ? { place: o.place } : {};
        const r = second ? confirmByBadges(ctx.db, ctx.actor, code, second, options) : confirmByCode(ctx.db, ctx.actor, code, options);
        return { json: r, text: describeOutcome(r, readConference(ctx.db)?.settings.timeZone ?? 'UTC'), exitCode: r.kind === 'confirmed' ? EXIT.ok : r.kind === 'already' ? EXIT.already : EXIT.refused };
      }),
    );

  program
    .command('sheet')
    .description("print one person's meeting sheet to a PDF file")
    .argument('<code>', 'ticket code or attendee id')
    .requiredOption('-o, --output <file>', 'PDF file to write')
    .option('--size <size>', 'A4 or A5', 'A4')
    .action(
      run(program, async (ctx, ref: string, o: { output: string; size: string }) => {
        const id = attendeeIdFor(ctx.db, ref);
        const pdf = await renderSheetPdf(ctx.db, id, { size: sizeOf(o.size) });
        writeFileSync(o.output, pdf);
        recordExportedFile(ctx.db, resolve(o.output), 'sheets'); // a purge erases it
        const n = meetingsOf(ctx.db, id).length;
        return { json: { attendeeId: id, file: o.output, meetings: n }, text: `Meeting sheet of ${getAttendee(ctx.db, id)?.displayName} (${n} meetings) written to ${o.output}.` };
      }),
    );
  program
    .command('sheets')
    .description('print the meeting sheets of everyone who has meetings into one PDF')
    .requiredOption('-o, --output <file>', 'PDF file to write')
    .option('--size <size>', 'A4 or A5', 'A4')
    .action(
      run(program, async (ctx, o: { output: string; size: string }) => {
        const size = sizeOf(o.size);
        const ids = attendeesWithMeetings(ctx.db);
        if (ids.length === 0) throw new InputError('No one has meetings: import the schedule with `foyer meetings import FILE`.');
        const appearances = ids.reduce((sum, id) => sum + meetingsOf(ctx.db, id).length, 0);
        await renderSheetsBatch(ctx.db, ids, createWriteStream(o.output), { size }, (done, total) => ctx.progress(`${done} / ${total} sheets`));
        recordExportedFile(ctx.db, resolve(o.output), 'sheets');
        return { json: { file: o.output, people: ids.length, meetingAppearances: appearances }, text: `${ids.length} meeting sheets (${appearances} meeting rows) written to ${o.output}.` };
      }),
    );
}

function describeOutcome(r: MatchmakingOutcome, tz: string): string {
  if (r.kind === 'refused') return `Refused: ${r.message}`;
  if (r.kind === 'first') return `${r.attendee.name}: scan the other party's badge.`;
  const m = r.meeting;
  const what = `${timeIn(tz, m.startsAt)}–${timeIn(tz, m.endsAt)} ${m.location}: ${m.a.label} — ${m.b.label}`;
  const when = `${timeIn(tz, r.held.at)} at ${r.held.desk}${r.held.place && r.held.place !== r.held.desk ? ` (${r.held.place})` : ''}`;
  return r.kind === 'confirmed' ? `Held: ${what}. Confirmed ${when}.` : `Already held: ${what}. Confirmed ${when}.`;
}
