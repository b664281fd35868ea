import type { Db } from '../../db/open.ts';
import { sessionCheckinsOfAttendee } from '../../db/queries/session-undo.ts';
import { type HistoryEntry, personHistory } from '../checkin/history.ts';

/** A person's room-door check-ins and their undos (with who, where and why), as history lines. */
export function sessionHistory(db: Db, attendeeId: string): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  const undos = new Set<string>();
  for (const c of sessionCheckinsOfAttendee(db, attendeeId)) {
    entries.push({
      kind: 'session-checkin', at: c.at, day: c.day, desk: c.desk, operator: c.operator, checkinId: c.id, undone: c.undoneAt !== null, detail: '', session: c.title,
    });
    // One undo may have taken back two check-ins (two desks cut off both let the person in): one line.
    if (c.undoneAt && c.undoEvent && !undos.has(c.undoEvent)) {
      undos.add(c.undoEvent);
      entries.push({
        kind: 'session-undo', at: c.undoneAt, day: c.day, desk: c.undoneDesk ?? '', operator: c.undoneOperator ?? '', checkinId: c.id, undone: false,
        detail: c.undoReason ?? '', session: c.title,
      });
    }
  }
  return entries;
}

/** The person card's history: the front door's (check-ins, prints, decisions) and the room doors', newest first. */
export function fullPersonHistory(db: Db, attendeeId: string): HistoryEntry[] {
  return [...personHistory(db, attendeeId), ...sessionHistory(db, attendeeId)].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}
