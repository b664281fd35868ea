import type { Db } from '../../db/open.ts';
import { checkinsOfAttendee } from '../../db/queries/checkins.ts';
import { decisionsOfAttendee } from '../../db/queries/desk-decisions.ts';
import { preprintedBadge } from '../../db/queries/preprinted.ts';
import { recentJobsOf } from '../../db/queries/print-jobs-of.ts';

export const HISTORY_KINDS = [
  'checkin', 'undo', 'badge', 'reprint', 'sheet', 'preprinted', 'attention-confirmed', 'override', 'session-checkin', 'session-undo',
] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** One line of a person's story at the door: what happened, when, at which desk, by whom. */
export interface HistoryEntry {
  readonly kind: HistoryKind;
  readonly at: string;
  /** The event day it belongs to (check-ins, undos, decisions); null for prints. */
  readonly day: string | null;
  readonly desk: string;
  readonly operator: string;
  /** The check-in it is about (a check-in's own id, the one undone, admitted by override…). */
  readonly checkinId: string | null;
  /** A check-in that was undone since. */
  readonly undone: boolean;
  /** Staff's reason, the attention note, the refusal overridden, or the print's printer and state. */
  readonly detail: string;
  /** A room door's entries (main/sessions/history.ts): the session's title. */
  readonly session?: string;
}

/** "Ioana at Desk 2" → its operator, for rows that store the two together. */
const operatorOf = (by: string, desk: string): string => (by.endsWith(` at ${desk}`) ? by.slice(0, -` at ${desk}`.length) : by);

/** Everything the door did for one person, newest first: every check-in on any day, undos, prints, decisions. */
export function personHistory(db: Db, attendeeId: string): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  const decisions = decisionsOfAttendee(db, attendeeId);
  for (const c of checkinsOfAttendee(db, attendeeId)) {
    entries.push({ kind: 'checkin', at: c.at, day: c.day, desk: c.desk, operator: c.operator, checkinId: c.id, undone: c.undoneAt !== null, detail: c.code ?? '' });
    // Undos from before the door kept decisions have only who ("Ioana at Desk 2"), no reason.
    if (c.undoneAt && !decisions.some((d) => d.kind === 'undo' && d.checkinId === c.id)) {
      const by = c.undoneBy ?? '';
      const desk = by.includes(' at ') ? by.slice(by.lastIndexOf(' at ') + 4) : '';
      entries.push({ kind: 'undo', at: c.undoneAt, day: c.day, desk, operator: operatorOf(by, desk), checkinId: c.id, undone: false, detail: '' });
    }
  }
  for (const d of decisions) {
    const detail = d.kind === 'override' ? `${d.refusal ?? ''}: ${d.reason}` : d.reason;
    entries.push({ kind: d.kind, at: d.at, day: d.day, desk: d.desk, operator: d.operator, checkinId: d.checkinId, undone: false, detail });
  }
  for (const j of recentJobsOf(db, attendeeId)) {
    const kind: HistoryKind = j.kind === 'sheet' ? 'sheet' : j.reprint > 0 ? 'reprint' : 'badge';
    entries.push({ kind, at: j.createdAt, day: null, desk: j.desk, operator: operatorOf(j.requestedBy, j.desk), checkinId: j.checkinId, undone: false, detail: `${j.printer} · ${j.state}` });
  }
  const batch = preprintedBadge(db, attendeeId);
  if (batch) entries.push({ kind: 'preprinted', at: batch.at, day: null, desk: batch.desk, operator: batch.operator, checkinId: null, undone: false, detail: '' });
  return entries.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}
