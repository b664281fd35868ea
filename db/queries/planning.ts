// Desk-sizing plans saved per day (written by the plan.saved event's reducer).
import type { Db } from '../open.ts';

export function savePlan(db: Db, day: string, inputs: unknown, savedAt: string, eventKey: string): void {
  // The later save wins, by event time then id, whatever order desks receive them in.
  db.prepare(
    `INSERT INTO desk_plans (day, inputs, saved_at, event_key) VALUES (?, ?, ?, ?)
     ON CONFLICT (day) DO UPDATE SET inputs = excluded.inputs, saved_at = excluded.saved_at, event_key = excluded.event_key
     WHERE excluded.event_key > desk_plans.event_key`,
  ).run(day, JSON.stringify(inputs), savedAt, eventKey);
}

export function readPlan(db: Db, day: string): { inputs: unknown; savedAt: string } | undefined {
  const row = db.prepare('SELECT inputs, saved_at AS savedAt FROM desk_plans WHERE day = ?').get(day) as { inputs: string; savedAt: string } | undefined;
  return row && { inputs: JSON.parse(row.inputs) as unknown, savedAt: row.savedAt };
}

/** A day's check-ins (not undone): when, and at which desk. */
export function checkinsOfDay(db: Db, day: string): { at: string; desk: string }[] {
  return db.prepare('SELECT at, desk FROM checkins WHERE day = ? AND undone_at IS NULL ORDER BY at').all(day) as { at: string; desk: string }[];
}
