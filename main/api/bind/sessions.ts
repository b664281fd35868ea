import { getSession } from '../../../db/queries/sessions.ts';
import { sessionFile } from '../../sessions/export.ts';
import { fillOverTime, programme } from '../../sessions/programme.ts';
import { ApiFailure } from '../failure.ts';
import type { HandlersOf } from '../handler-types.ts';

/** The programme for the dashboard, and a session's lists as files. */
export const sessionsHandlers: HandlersOf<'sessions'> = {
  'sessions.list': ({ day }, ctx) => programme(ctx.db, day).map((s) => ({ ...s, categories: [...s.categories], fill: fillOverTime(ctx.db, s.id) })),
  'sessions.export': async ({ sessionId, list, format }, ctx) => {
    const session = getSession(ctx.db, sessionId);
    if (!session) throw new ApiFailure('not-found', `No session with id ${sessionId}.`);
    const file = await sessionFile(ctx.db, session, list, format);
    return { fileName: file.fileName, mime: file.mime, base64: file.bytes.toString('base64'), rows: file.rows };
  },
};
