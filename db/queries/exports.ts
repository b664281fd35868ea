import type { Db } from '../handle.ts';

export interface CheckinExportRow {
  day: string; at: string; name: string; firstName: string; familyName: string; organisation: string; country: string;
  email: string; category: string; codes: string; desk: string; operator: string; method: string; attendeeId: string;
}

export interface NoShowRow {
  name: string; firstName: string; familyName: string; organisation: string; country: string; email: string;
  category: string; codes: string; attendeeId: string;
}

const codes = `(SELECT group_concat(value, ' ') FROM json_each(a.codes))`;

/** Check-ins that stand (not undone), of one day or of all days, in the order they happened. */
export function checkinsForExport(db: Db, day: string | null): CheckinExportRow[] {
  return db.prepare(
    `SELECT c.day, c.at, a.display_name AS name, a.first_name AS firstName, a.family_name AS familyName,
            a.organisation, a.country, a.email, a.category, coalesce(${codes}, '') AS codes, c.desk, c.operator, c.method,
            a.id AS attendeeId
       FROM checkins c JOIN attendees a ON a.id = c.attendee_id
      WHERE c.undone_at IS NULL AND (@day IS NULL OR c.day = @day)
      ORDER BY c.at, c.id`,
  ).all({ day }) as CheckinExportRow[];
}

/** Active attendees with no standing check-in on the day (or on any day when day is null). */
export function noShowsForExport(db: Db, day: string | null): NoShowRow[] {
  return db.prepare(
    `SELECT a.display_name AS name, a.first_name AS firstName, a.family_name AS familyName, a.organisation, a.country,
            a.email, a.category, coalesce(${codes}, '') AS codes, a.id AS attendeeId
       FROM attendees a
      WHERE a.status = 'active'
        AND (@day IS NULL OR a.days IS NULL OR EXISTS (SELECT 1 FROM json_each(a.days) WHERE value = @day))
        AND NOT EXISTS (SELECT 1 FROM checkins c WHERE c.attendee_id = a.id AND c.undone_at IS NULL AND (@day IS NULL OR c.day = @day))
      ORDER BY a.family_name, a.display_name`,
  ).all({ day }) as NoShowRow[];
}
