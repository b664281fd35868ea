import type { Db } from '../open.ts';

export interface Count {
  readonly key: string;
  readonly registered: number;
  readonly checkedIn: number;
}

/** Registered (active) attendees and those checked in on a day, grouped by a column. */
export function countsBy(db: Db, column: 'category' | 'country', day: string): Count[] {
  return db
    .prepare(
      `SELECT a.${column} AS key, count(*) AS registered,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM checkins c
                 WHERE c.attendee_id = a.id AND c.day = ? AND c.undone_at IS NULL)) AS checkedIn
       FROM attendees a WHERE a.status = 'active' GROUP BY a.${column} ORDER BY registered DESC, key`,
    )
    .all(day) as Count[];
}

export function totals(db: Db, day: string): { registered: number; checkedIn: number; cancelled: number; blocked: number } {
  return db
    .prepare(
      `SELECT count(*) FILTER (WHERE status = 'active') AS registered,
              count(*) FILTER (WHERE status = 'cancelled') AS cancelled,
              count(*) FILTER (WHERE status = 'blocked') AS blocked,
              (SELECT count(DISTINCT attendee_id) FROM checkins WHERE day = ? AND undone_at IS NULL) AS checkedIn
       FROM attendees`,
    )
    .get(day) as { registered: number; checkedIn: number; cancelled: number; blocked: number };
}

/** First (counting) check-in instant of each person on a day. */
export function firstArrivals(db: Db, day: string): string[] {
  return db
    .prepare('SELECT min(at) FROM checkins WHERE day = ? AND undone_at IS NULL GROUP BY attendee_id ORDER BY 1')
    .pluck()
    .all(day) as string[];
}
