import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Db, openDb } from '../../../db/open.ts';
import { configureConference } from '../../../main/conference/configure.ts';
import { apply } from '../../../main/events/apply.ts';
import { type Actor, newEvent } from '../../../main/events/envelope.ts';
import { type AttendeeFields, emptyFields } from '../../../model/attendee.ts';

export const DAY = '2025-05-14';

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'foyer-sync-'));

export const openDesk = (dir: string, name: string): Db => openDb(join(dir, `${name.replaceAll(' ', '-')}.sqlite`));

/** The event and `count` attendees (a1 … aN, codes T1 … TN), imported in chunks of 500 as the importer does. */
export function seedEvent(db: Db, actor: Actor, count: number): void {
  configureConference(db, actor, { name: 'ECC', venue: 'Hall', days: [DAY], timeZone: 'Europe/Bucharest', logo: null });
  for (let start = 0; start < count; start += 500) {
    const rows: { id: string; codes: string[]; fields: AttendeeFields }[] = [];
    for (let i = start; i < Math.min(count, start + 500); i++) {
      rows.push({ id: `a${i}`, codes: [`T${i}`], fields: { ...emptyFields(`Person ${i}`), organisation: `Org ${i % 37}` } });
    }
    db.transaction(() => apply(db, newEvent(actor, 'attendees.imported', { batchId: 'b1', rows })))();
  }
}

/** Everything that must be equal on every desk once they have converged. */
export function snapshot(db: Db): { events: string[]; checkins: unknown[]; attendees: unknown[]; codes: unknown[]; event: unknown } {
  return {
    events: db.prepare('SELECT id FROM events ORDER BY id').pluck().all() as string[],
    checkins: db.prepare('SELECT * FROM checkins ORDER BY id').all(),
    // rowid is a local handle; updated_at records the last event *applied* here (arrival order), see the report.
    attendees: db
      .prepare(
        `SELECT id, first_name, family_name, display_name, organisation, job_title, country, email, category, days,
                status, notes, attention, share_contact, custom, field_clock, import_batch, missing_from_source, missing_decided_by
         FROM attendees ORDER BY id`,
      )
      .all(),
    codes: db.prepare('SELECT * FROM ticket_codes ORDER BY code').all(),
    event: db.prepare('SELECT * FROM event').get(),
  };
}

export const eventCount = (db: Db): number => db.prepare('SELECT count(*) FROM events').pluck().get() as number;

/** Polls `check` until it returns true; fails with `describe()` after `timeoutMs`. */
export async function waitFor(check: () => boolean | Promise<boolean>, describe: () => string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting: ${describe()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
