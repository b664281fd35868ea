import { z } from 'zod';
import type { Db } from '../../db/open.ts';
import { readConference } from '../../db/queries/conference.ts';
import { dayStats } from '../checkin/stats.ts';
import { dayIn } from '../../model/dates.ts';

// The anonymous figures a purge keeps: what the organiser reports after the event (how many came
// each day, by category and country, when they arrived, how many meetings took place) and nothing
// that names anyone. Computed by the desk that purges and carried in the purge event, so every desk
// keeps the same figures.

const count = z.object({ key: z.string(), registered: z.number(), checkedIn: z.number() });
export const statsSnapshotSchema = z.object({
  conference: z.object({ name: z.string(), days: z.array(z.string()), timeZone: z.string() }).nullable(),
  people: z.object({ registered: z.number(), cancelled: z.number(), blocked: z.number() }),
  days: z.array(z.object({
    day: z.string(),
    checkedIn: z.number(),
    notCheckedIn: z.number(),
    byCategory: z.array(count),
    byCountry: z.array(count),
    arrivalsPer15Min: z.array(z.object({ slot: z.string(), arrivals: z.number() })),
  })),
  meetings: z.object({ scheduled: z.number(), held: z.number() }),
});
export type StatsSnapshot = z.infer<typeof statsSnapshotSchema>;

/** A meeting counts as held when both people had checked in on its day (at the venue). */
function meetingCounts(db: Db, timeZone: string): { scheduled: number; held: number } {
  const rows = db.prepare(`SELECT m.starts_at AS startsAt,
      (SELECT group_concat(day) FROM (SELECT DISTINCT day FROM checkins WHERE attendee_id = m.party_a AND undone_at IS NULL)) AS daysA,
      (SELECT group_concat(day) FROM (SELECT DISTINCT day FROM checkins WHERE attendee_id = m.party_b AND undone_at IS NULL)) AS daysB
    FROM meetings m`).all() as { startsAt: string; daysA: string | null; daysB: string | null }[];
  let held = 0;
  for (const r of rows) {
    const day = dayIn(timeZone, new Date(r.startsAt));
    if ((r.daysA ?? '').split(',').includes(day) && (r.daysB ?? '').split(',').includes(day)) held++;
  }
  return { scheduled: rows.length, held };
}

export function takeStatsSnapshot(db: Db): StatsSnapshot {
  const conference = readConference(db)?.settings ?? null;
  const days = (conference?.days ?? []).map((d) => dayStats(db, d));
  const people = db.prepare(`SELECT count(*) FILTER (WHERE status = 'active') AS registered,
      count(*) FILTER (WHERE status = 'cancelled') AS cancelled, count(*) FILTER (WHERE status = 'blocked') AS blocked FROM attendees`)
    .get() as StatsSnapshot['people'];
  return {
    conference: conference && { name: conference.name, days: conference.days, timeZone: conference.timeZone },
    people,
    days: days.map((d) => ({
      day: d.day, checkedIn: d.checkedIn, notCheckedIn: d.notCheckedIn,
      byCategory: [...d.byCategory], byCountry: [...d.byCountry], arrivalsPer15Min: [...d.arrivalsPer15Min],
    })),
    meetings: meetingCounts(db, conference?.timeZone ?? 'UTC'),
  };
}
