import type { Db } from '../../db/open.ts';
import { readConference } from '../../db/queries/conference.ts';
import { readStatsSnapshot } from '../../db/queries/privacy.ts';
import { dayIn } from '../../model/dates.ts';

export interface RetentionStatus {
  /** Last day the personal data may be kept (venue calendar), or null when not set. */
  readonly until: string | null;
  /** The day is over at the venue and the data has not been purged since: remind the organiser. */
  readonly overdue: boolean;
  /** When the personal data was purged, if it was. */
  readonly purgedAt: string | null;
}

/** Whether the conference's retention date has passed without a purge (dashboard, top bar, `foyer event show`). */
export function retentionStatus(db: Db, now = new Date()): RetentionStatus {
  const conference = readConference(db)?.settings;
  const until = conference?.retentionUntil ?? null;
  const purgedAt = readStatsSnapshot(db)?.purgedAt ?? null;
  const peopleLeft = (db.prepare('SELECT count(*) FROM attendees').pluck().get() as number) > 0;
  const today = dayIn(conference?.timeZone ?? 'UTC', now);
  return { until, overdue: until !== null && today > until && (purgedAt === null || peopleLeft), purgedAt };
}
