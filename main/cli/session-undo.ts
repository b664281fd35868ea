import { readConference } from '../../db/queries/conference.ts';
import { resolveCode } from '../checkin/resolve.ts';
import { InputError } from '../errors.ts';
import { timeIn } from '../../model/dates.ts';
import { findSession } from '../sessions/programme.ts';
import { SessionUndoError, type SessionUndoResult, undoSessionAttendance, undoSessionCheckin } from '../sessions/undo.ts';
import { asInput } from './as-input.ts';
import type { CommandContext, CommandOutput } from './runner.ts';

const output = (ctx: CommandContext, r: SessionUndoResult): CommandOutput => {
  const tz = readConference(ctx.db)?.settings.timeZone ?? 'UTC';
  const count = `${r.count.admitted}${r.count.capacity === null ? '' : ` / ${r.count.capacity}`}`;
  return {
    json: { outcome: 'undone', session: { id: r.session.id, title: r.session.title }, attendee: { id: r.attendee.id, name: r.attendee.displayName }, undone: r.undone, at: r.at, count: r.count },
    text: `UNDONE  ${r.attendee.displayName} is no longer in "${r.session.title}"  at ${timeIn(tz, r.at)}  ${count}`,
  };
};

/** `foyer checkin CODE --session SESSION --undo --reason WHY`: take a person back out of a session. */
export function sessionUndoCommand(ctx: CommandContext, code: string, sessionRef: string, o: { id?: boolean; reason?: string }): CommandOutput {
  if (!o.reason?.trim()) throw new InputError('--undo needs --reason "why" (it is kept in the person\'s history).');
  const session = findSession(ctx.db, sessionRef);
  let attendeeId = code.trim();
  if (!o.id) {
    const r = resolveCode(ctx.db, code);
    if (r.kind === 'unknown') throw new InputError(`Unknown code "${code.trim()}".`);
    if (r.kind === 'forged') throw new InputError(r.message);
    attendeeId = r.attendeeId;
  }
  return output(ctx, asInput(SessionUndoError, () => undoSessionAttendance(ctx.db, ctx.actor, { sessionId: session.id, attendeeId }, o.reason ?? '')));
}

/** `foyer undo ID --reason WHY` when ID is a room-door check-in's (from `foyer checkin … --session … --json`). */
export function sessionUndoByIdCommand(ctx: CommandContext, checkinId: string, reason: string | undefined): CommandOutput {
  if (!reason?.trim()) throw new InputError('Undoing a room-door check-in needs --reason "why".');
  return output(ctx, asInput(SessionUndoError, () => undoSessionCheckin(ctx.db, ctx.actor, checkinId, reason)));
}
