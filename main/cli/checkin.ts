import type { Command } from 'commander';
import { readConference } from '../../db/queries/conference.ts';
import { checkIn, undoCheckin, UndoError } from '../checkin/checkin.ts';
import { InputError } from '../errors.ts';
import { timeIn } from '../../model/dates.ts';
import { daySchema } from '../../model/attendee.ts';
import { EXIT, run } from './runner.ts';
import { sessionCheckinCommand } from './sessions.ts';
import { sessionUndoByIdCommand, sessionUndoCommand } from './session-undo.ts';
import { asInput } from './as-input.ts';
import { sessionCheckinById } from '../../db/queries/session-undo.ts';

export function registerCheckin(program: Command): void {
  program
    .command('checkin')
    .description('check a person in by a scanned code (ticket code or badge)')
    .argument('<code>', 'the scanned code')
    .option('--day <day>', 'event day, YYYY-MM-DD (default: today at the venue)')
    .option('--id', 'treat the argument as an attendee id instead of a code')
    .option('--session <session>', 'at a room door: the session (id or exact title); 3 = already in it, 4 = refused')
    .option('--confirm-attention', 'admit a person flagged for attention (staff read the note)')
    .option('--override <reason>', 'admit a refused person (cancelled, blocked, not valid today); the reason is logged')
    .option('--undo', 'with --session and --reason: take the person back out of the session (a wrong badge scanned)')
    .option('--reason <text>', 'with --undo: why (kept in the person\'s history)')
    .action(
      run(program, (ctx, code: string, o: { day?: string; id?: boolean; session?: string; confirmAttention?: boolean; override?: string; undo?: boolean; reason?: string }) => {
        if (o.day !== undefined && !daySchema.safeParse(o.day).success) throw new InputError('--day must be YYYY-MM-DD');
        if (o.undo) {
          if (o.session === undefined) throw new InputError('--undo is for a room door: give --session (a front-door check-in is undone with `foyer undo ID`).');
          return sessionUndoCommand(ctx, code, o.session, o);
        }
        if (o.session !== undefined) return sessionCheckinCommand(ctx, code, o.session, o);
        const target = o.id ? { attendeeId: code } : { code };
        const r = checkIn(ctx.db, ctx.actor, {
          target, ...(o.day ? { day: o.day } : {}), ...(o.confirmAttention ? { confirmAttention: true } : {}), ...(o.override ? { override: { reason: o.override } } : {}),
        });
        const tz = readConference(ctx.db)?.settings.timeZone ?? 'UTC';
        const who = r.outcome !== 'refused' || r.attendee ? `${(r.attendee ?? { displayName: '' }).displayName}` : '';
        const json = {
          outcome: r.outcome,
          day: r.day,
          attendee: r.attendee ? { id: r.attendee.id, name: r.attendee.displayName, organisation: r.attendee.organisation, category: r.attendee.category, notes: r.attendee.notes, attention: r.attendee.attention } : null,
          ...(r.outcome === 'admitted' ? { checkinId: r.checkinId, at: r.at } : {}),
          ...(r.outcome === 'already' ? { first: r.first } : {}),
          ...(r.outcome === 'refused' ? { reason: r.reason, message: r.message } : {}),
          ...(r.outcome === 'attention' ? { note: r.note, message: r.message } : {}),
        };
        if (r.outcome === 'admitted') {
          return { json, text: `ADMITTED  ${who} (${r.attendee.organisation || '—'})  at ${timeIn(tz, r.at)}  check-in ${r.checkinId}` };
        }
        if (r.outcome === 'already') {
          return { exitCode: EXIT.already, json, text: `ALREADY CHECKED IN  ${who}  at ${timeIn(tz, r.first.at)} at ${r.first.desk}` };
        }
        if (r.outcome === 'attention') {
          return { exitCode: EXIT.refused, json, text: `ATTENTION  ${who}: ${r.message} Run again with --confirm-attention to admit.` };
        }
        return { exitCode: EXIT.refused, json, text: `REFUSED  ${who ? `${who}: ` : ''}${r.message}` };
      }),
    );
  program
    .command('undo')
    .description('undo a check-in by its id (a front-door or a room-door one)')
    .argument('<id>', 'check-in id (printed by `foyer checkin`)')
    .option('--reason <text>', 'why (shown in the person\'s history)')
    .action(
      run(program, (ctx, id: string, o: { reason?: string }) => {
        if (sessionCheckinById(ctx.db, id)) return sessionUndoByIdCommand(ctx, id, o.reason);
        const c = asInput(UndoError, () => undoCheckin(ctx.db, ctx.actor, id, new Date(), o.reason ?? ''));
        return { json: c, text: `Undone: check-in ${c.id} of ${c.day}.` };
      }),
    );
}
