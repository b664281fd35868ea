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

/**
 * Active people entitled to the day who have no standing check-in on it: those still expected while
 * the day runs, those who did not come once it is over (the no-shows list of that day).
 */
export function notCheckedIn(db: Db, day: string): number {
  return db
    .prepare(
      `SELECT count(*) FROM attendees a
        WHERE a.status = 'active'
          AND (a.days IS NULL OR EXISTS (SELECT 1 FROM json_each(a.days) WHERE value = @day))
          AND NOT EXISTS (SELECT 1 FROM checkins c WHERE c.day = @day AND c.attendee_id = a.id AND c.undone_at IS NULL)`,
    )
    .pluck()
    .get({ day }) as number;
}

/** First (counting) check-in instant of each person on a day. */
export function firstArrivals(db: Db, day: string): string[] {
  return db
    .prepare('SELECT min(at) FROM checkins WHERE day = ? AND undone_at IS NULL GROUP BY attendee_id ORDER BY 1')
    .pluck()
    .all(day) as string[];
}
