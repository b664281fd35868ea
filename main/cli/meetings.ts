import { createWriteStream, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { getAttendee } from '../../db/queries/attendees.ts';
import { recordExportedFile } from '../../db/queries/privacy.ts';
import { readConference } from '../../db/queries/conference.ts';
import { allMeetings, attendeesWithMeetings, meetingsOf } from '../../db/queries/meetings.ts';
import { InputError } from '../errors.ts';
import { timeIn } from '../../model/dates.ts';
import { importMeetings } from '../meetings/import-meetings.ts';
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
          `${o.dryRun ? 'Would import' : 'Imported'} ${o.dryRun ? r.rowsTotal - r.skipped : r.imported} meetings of ${r.rowsTotal} rows; ${r.skipped} skipped.`,
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
          const rows = meetingsOf(ctx.db, id);
          const text = rows.length === 0 ? `${name(id)}: no meetings scheduled.` : [`${name(id)}: ${rows.length} meetings`, ...rows.map((m) =>
            `  ${m.startsAt.slice(0, 10)} ${timeIn(tz, m.startsAt)}–${timeIn(tz, m.endsAt)}  ${m.location.padEnd(10)} ${m.counterpartName} (${m.counterpartOrganisation || '—'})`)].join('\n');
          return { json: rows, text };
        }
        const rows = allMeetings(ctx.db);
        const text = rows.length === 0 ? 'No meetings.' : [`${rows.length} meetings`, ...rows.map((m) =>
          `  ${m.startsAt.slice(0, 10)} ${timeIn(tz, m.startsAt)}–${timeIn(tz, m.endsAt)}  ${m.location.padEnd(10)} ${name(m.partyA)} — ${name(m.partyB)}`)].join('\n');
        return { json: rows, text };
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
