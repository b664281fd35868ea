import type { Db } from '../handle.ts';
import { prepared } from '../prepared.ts';

/** People who look the same to a day's figures, and how many they are. */
export interface RosterGroup {
  readonly category: string;
  readonly country: string;
  readonly status: 'active' | 'cancelled' | 'blocked';
  /** 1 when their ticket is valid on the day. */
  readonly entitled: 0 | 1;
  /** 1 when they have a standing check-in on the day. */
  readonly checkedIn: 0 | 1;
  readonly people: number;
}

/**
 * The roster grouped by everything the dashboard counts, in one pass. A query per figure (totals,
 * categories, countries, still expected) read the whole roster four times: at 100k people the
 * day's figures took 174-183 ms that way, 137-142 ms this way.
 */
export function rosterGroups(db: Db, day: string): RosterGroup[] {
  return prepared(
    db,
    `SELECT a.category, a.country, a.status,
            (a.days IS NULL OR EXISTS (SELECT 1 FROM json_each(a.days) WHERE value = @day)) AS entitled,
            EXISTS (SELECT 1 FROM checkins c WHERE c.day = @day AND c.attendee_id = a.id AND c.undone_at IS NULL) AS checkedIn,
            count(*) AS people
       FROM attendees a
      GROUP BY 1, 2, 3, 4, 5`,
  ).all({ day }) as RosterGroup[];
}

/** First (counting) check-in instant of each person on a day. */
export function firstArrivals(db: Db, day: string): string[] {
  return db
    .prepare('SELECT min(at) FROM checkins WHERE day = ? AND undone_at IS NULL GROUP BY attendee_id ORDER BY 1')
    .pluck()
    .all(day) as string[];
}
