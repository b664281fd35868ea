import type { Db } from '../../db/open.ts';
import { readConference } from '../../db/queries/conference.ts';
import { apply } from '../events/apply.ts';
import { type Actor, newEvent } from '../events/envelope.ts';
import { configureConference, daysBetween } from '../conference/configure.ts';
import { dayIn } from '../../model/dates.ts';
import { generateDemo } from './generate.ts';
import { seedDemoProgramme } from './programme.ts';
import { demoHeld } from './meetings.ts';

const TIME_ZONE = 'Europe/Bucharest';
const CHUNK = 500;

export interface DemoSummary {
  readonly name: string;
  readonly days: readonly string[];
  readonly attendees: number;
  readonly meetings: number;
  readonly organisationsInMatchmaking: number;
}

/**
 * Creates the demo event, modelled on the European Cluster Conference 2019 (Palace of
 * Parliament, Bucharest). It starts today by default so that check-ins work at once.
 */
export function createDemoEvent(db: Db, actor: Actor, start?: string): DemoSummary {
  if (readConference(db)) throw new Error('This database already holds an event; use another --db for the demo.');
  const first = start ?? dayIn(TIME_ZONE);
  const end = new Date(`${first}T12:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 2);
  const days = daysBetween(first, end.toISOString().slice(0, 10));
  const name = 'European Cluster Conference (demo)';
  const demo = generateDemo(days, TIME_ZONE);
  db.transaction(() => {
    configureConference(db, actor, { name, venue: 'Palace of Parliament, Bucharest', days, timeZone: TIME_ZONE, logo: null });
    const batchId = 'demo-roster';
    for (let i = 0; i < demo.attendees.length; i += CHUNK) {
      const rows = demo.attendees.slice(i, i + CHUNK).map(({ id, codes, fields }) => ({ id, codes, fields }));
      apply(db, newEvent(actor, 'attendees.imported', { batchId, rows }));
    }
    apply(db, newEvent(actor, 'import.completed', {
      batchId, fileName: 'demo', preset: 'demo', rowsTotal: demo.attendees.length, added: demo.attendees.length,
      updated: 0, missingIds: [], problems: [],
    }));
    apply(db, newEvent(actor, 'meetings.imported', { batchId: 'demo-matchmaking', meetings: demo.meetings }));
    for (const held of demoHeld(demo.meetings)) {
      apply(db, newEvent({ desk: 'Matchmaking desk', operator: actor.operator }, 'meeting.confirmed', { meetingId: held.id, method: 'code', place: 'Matchmaking area' }, held.at));
    }
  }).immediate();
  seedDemoProgramme(db, actor, days, TIME_ZONE, demo.attendees);
  const orgs = new Set(demo.meetings.flatMap((m) => [m.orgA || m.partyA, m.orgB || m.partyB]));
  return { name, days, attendees: demo.attendees.length, meetings: demo.meetings.length, organisationsInMatchmaking: orgs.size };
}
