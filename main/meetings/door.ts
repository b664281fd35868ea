import type { Db } from '../../db/open.ts';
import { meetingsReportRows } from '../../db/queries/meetings.ts';
import { dayIn } from '../../model/dates.ts';
import type { Actor } from '../events/envelope.ts';

// A room-door tablet in matchmaking mode: how the meetings it confirms are recorded, and the
// counts it shows (today's meetings, no names: the door token never lists people).

/** The log names the door and where it stands, not the serving desk's operator who never saw the scan. */
export function doorActor(host: Actor, place: string): Actor {
  return { desk: `${host.desk} door · ${place}`.slice(0, 100), operator: 'room door' };
}

export interface DoorMeetings {
  readonly today: string;
  /** Today's meetings not cancelled, and how many of them are held. */
  readonly scheduled: number;
  readonly held: number;
  /** Where today's meetings are (tables), for the tablet to say where it stands. */
  readonly places: string[];
}

export function doorMeetings(db: Db, timeZone: string, now: Date): DoorMeetings {
  const today = dayIn(timeZone, now);
  const rows = meetingsReportRows(db).filter((m) => m.status === 'scheduled' && dayIn(timeZone, new Date(m.startsAt)) === today);
  const places = [...new Set(rows.map((m) => m.location).filter((p) => p !== ''))].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
  return { today, scheduled: rows.length, held: rows.filter((m) => m.heldAt !== null).length, places };
}
