import type { Db } from '../../db/open.ts';
import { getHelpRequest, recentHelpRequests } from '../../db/queries/help-requests.ts';
import type { HelpFlag } from '../../model/help.ts';
import { apply } from '../events/apply.ts';
import { type Actor, newEvent } from '../events/envelope.ts';

export type { HelpFlag };

/** A kiosk user asks for help: shown on every desk (this one and, through sync, the others). */
export function raiseHelp(db: Db, actor: Actor, station: string, message: string, now = new Date()): HelpFlag {
  const e = newEvent(actor, 'help.requested', { station: station.trim() || 'Kiosk', message: message.trim() }, now);
  apply(db, e);
  return getHelpRequest(db, e.id) as HelpFlag;
}

/** Someone went over to help; undefined when there is no such request. */
export function clearHelp(db: Db, actor: Actor, id: string, now = new Date()): HelpFlag | undefined {
  const request = getHelpRequest(db, id);
  if (!request) return undefined;
  if (request.clearedAt) return request;
  apply(db, newEvent(actor, 'help.cleared', { requestId: id }, now));
  return getHelpRequest(db, id);
}

/** How many requests a desk shows at most: every open one is among the latest in practice. */
const RECENT = 100;

/** Open requests first, then cleared ones, newest first within each. */
export function listHelp(db: Db): HelpFlag[] {
  return recentHelpRequests(db, RECENT).sort(
    (a, b) => Number(a.clearedAt !== null) - Number(b.clearedAt !== null) || b.raisedAt.localeCompare(a.raisedAt),
  );
}
