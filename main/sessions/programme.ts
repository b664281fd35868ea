import type { Db } from '../../db/open.ts';
import { conferenceCalendar } from '../../db/queries/conference.ts';
import {
  allSessions, firstArrivals, getSession, nextSessionInRoom, registrationCount, type Session, sessionAttendance, sessionsTitled,
} from '../../db/queries/sessions.ts';
import { dayIn } from '../../model/dates.ts';
import { InputError } from '../errors.ts';

/**
 * The session a command or a screen names: its id, else its exact title. A title used on several
 * days (a daily plenary) means today's; still several, the caller must give the id.
 */
export function findSession(db: Db, ref: string, now = new Date()): Session {
  const text = ref.trim();
  const byId = getSession(db, text);
  if (byId) return byId;
  const titled = sessionsTitled(db, text);
  if (titled.length === 1) return titled[0] as Session;
  if (titled.length === 0) throw new InputError(`No session with id or title "${text}" (see \`foyer sessions list\`).`);
  const zone = conferenceCalendar(db)?.timeZone ?? 'UTC';
  const today = titled.filter((s) => s.day === dayIn(zone, now));
  if (today.length === 1) return today[0] as Session;
  throw new InputError(`${titled.length} sessions are titled "${text}": give the id (${titled.map((s) => `${s.id} on ${s.day}`).join(', ')}).`);
}

export interface SessionSummary extends Session {
  readonly admitted: number;
  readonly registered: number;
  /** Capacity reached: the next scan will be refused. */
  readonly full: boolean;
}

export const summarise = (db: Db, s: Session): SessionSummary => {
  const admitted = sessionAttendance(db, s.id);
  return { ...s, admitted, registered: registrationCount(db, s.id), full: s.capacity !== null && admitted >= s.capacity };
};

/** The programme with each session's counts; one day's when `day` is given. */
export function programme(db: Db, day?: string): SessionSummary[] {
  return allSessions(db).filter((s) => !day || s.day === day).map((s) => summarise(db, s));
}

/** What a room door shows: the session, its count, and the next session in the same room. */
export function doorStatus(db: Db, sessionId: string): { session: SessionSummary; next: SessionSummary | null } {
  const session = getSession(db, sessionId);
  if (!session) throw new InputError(`No session with id ${sessionId}.`);
  const next = session.room ? nextSessionInRoom(db, session.room, session.startsAt, session.id) : undefined;
  return { session: summarise(db, session), next: next ? summarise(db, next) : null };
}

/** People in the room over time: the count after each 5-minute slot from the first arrival. */
export function fillOverTime(db: Db, sessionId: string, slotMinutes = 5): { at: string; admitted: number }[] {
  const arrivals = firstArrivals(db, sessionId);
  if (arrivals.length === 0) return [];
  const slotMs = slotMinutes * 60_000;
  const slotOf = (iso: string): number => Math.floor(Date.parse(iso) / slotMs) * slotMs;
  const points: { at: string; admitted: number }[] = [];
  let admitted = 0;
  for (const at of arrivals) {
    admitted += 1;
    const slot = new Date(slotOf(at) + slotMs).toISOString();
    const last = points.at(-1);
    if (last?.at === slot) points[points.length - 1] = { at: slot, admitted };
    else points.push({ at: slot, admitted });
  }
  return [{ at: new Date(slotOf(arrivals[0] as string)).toISOString(), admitted: 0 }, ...points];
}
