import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Db, openDb } from '../../db/open.ts';
import { apply } from '../../main/events/apply.ts';
import { newEvent } from '../../main/events/envelope.ts';
import { configureConference } from '../../main/conference/configure.ts';
import { type AttendeeFields, emptyFields } from '../../model/attendee.ts';

export const DESK = { desk: 'Desk 1', operator: 'Ioana' };
export const DAYS = ['2019-05-14', '2019-05-15', '2019-05-16'];

/** A fresh database file in its own temporary folder. */
export function tempDbPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'foyer-test-')), 'foyer.sqlite');
}

export interface Person {
  readonly id: string;
  readonly code: string;
  readonly fields: Partial<AttendeeFields> & { displayName: string };
}

/** A database with the ECC 2019 event and the given people (imported as one batch). */
export function eventWith(people: readonly Person[], path = tempDbPath()): Db {
  const db = openDb(path);
  configureConference(db, DESK, { name: 'European Cluster Conference 2019', venue: 'Palace of Parliament', days: DAYS, timeZone: 'Europe/Bucharest' });
  const rows = people.map((p) => ({ id: p.id, codes: [p.code], fields: { ...emptyFields(p.fields.displayName), ...p.fields } }));
  for (let i = 0; i < rows.length; i += 500) {
    apply(db, newEvent(DESK, 'attendees.imported', { batchId: 'test', rows: rows.slice(i, i + 500) }));
  }
  return db;
}

export const personNamed = (i: number, displayName: string, extra: Partial<AttendeeFields> = {}): Person => ({
  id: `p${i}`,
  code: `CODE${String(i).padStart(5, '0')}`,
  fields: { displayName, ...extra },
});
