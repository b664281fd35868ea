import type { Db } from '../../db/open.ts';
import { zonedToUtc } from '../../model/dates.ts';
import { apply } from '../events/apply.ts';
import { type Actor, newEvent } from '../events/envelope.ts';
import { checkInSession } from '../sessions/checkin.ts';
import type { SessionDefinition } from '../sessions/events.ts';
import { seededRandom, shuffle } from './random.ts';
import type { DemoAttendee } from './roster.ts';

// The demo programme, modelled on the European Cluster Conference 2019 (Palace of Parliament):
// plenaries in Sala Unirii, three breakouts with their capacities, the policy roundtable, the
// awards ceremony, a pitching session per country group and CLUSTERO's side event on day 3.

interface Item {
  readonly key: string; readonly day: 0 | 1 | 2; readonly start: string; readonly end: string; readonly title: string; readonly room: string;
  readonly type: string; readonly capacity?: number; readonly access?: SessionDefinition['access']; readonly categories?: string[];
  readonly speakers?: string;
}

const PLENARY = 'Sala Unirii';
const PITCH_GROUPS: readonly (readonly [key: string, title: string, room: string, countries: readonly string[]])[] = [
  ['pitch-ro-md', 'Pitching: Romanian and Moldovan clusters', 'Sala Nicolae Bălcescu', ['Romania', 'Moldova']],
  ['pitch-ua', 'Pitching: Ukrainian clusters', 'Sala Avram Iancu', ['Ukraine']],
  ['pitch-eu', 'Pitching: EU clusters', 'Sala Constantin Brâncuși', []],
];

const ITEMS: readonly Item[] = [
  { key: 'opening', day: 0, start: '09:30', end: '11:00', title: 'Opening plenary: clusters for Europe’s industrial transition', room: PLENARY, type: 'plenary', speakers: 'Ministry of Economy; European Commission, DG GROW' },
  { key: 'digital', day: 0, start: '11:30', end: '13:00', title: 'Breakout: digitalisation and the skills gap', room: 'Sala Nicolae Bălcescu', type: 'workshop', capacity: 80 },
  { key: 'circular', day: 0, start: '11:30', end: '13:00', title: 'Breakout: Circular Europe', room: 'Sala Avram Iancu', type: 'workshop', capacity: 60 },
  { key: 'social', day: 0, start: '11:30', end: '13:00', title: 'Breakout: shared value and social impact', room: 'Sala Constantin Brâncuși', type: 'workshop', capacity: 40, access: 'registered' },
  { key: 'matchmaking', day: 0, start: '10:00', end: '18:00', title: 'Cluster matchmaking (bilateral meetings)', room: 'Sala Rotundă', type: 'matchmaking', access: 'registered' },
  { key: 'roundtable', day: 0, start: '14:30', end: '16:00', title: 'High-level policy roundtable', room: PLENARY, type: 'roundtable', access: 'category', categories: ['vip', 'speaker', 'organiser', 'press'] },
  { key: 'policy', day: 1, start: '09:30', end: '10:30', title: 'Plenary: European cluster policy 2021–2027', room: PLENARY, type: 'plenary' },
  ...PITCH_GROUPS.map(([key, title, room]): Item => ({ key, day: 1, start: '11:00', end: '12:30', title, room, type: 'pitching', capacity: 70 })),
  { key: 'awards', day: 1, start: '18:00', end: '19:30', title: 'European Cluster Awards 2019 ceremony', room: PLENARY, type: 'ceremony', capacity: 400 },
  { key: 'declaration', day: 2, start: '09:30', end: '11:00', title: 'Plenary: the Bucharest Declaration and the European Cluster Alliance', room: PLENARY, type: 'plenary' },
  { key: 'side', day: 2, start: '11:30', end: '13:30', title: 'Side event: Romanian Clusters present themselves (CLUSTERO)', room: 'Sala Ion I. C. Brătianu', type: 'side event', capacity: 120, access: 'registered', speakers: 'Daniel Cosnița, ClusteRO' },
];

const sessionId = (key: string): string => `demo-session-${key}`;

/** How many people each day-1 session sees come in, and from which minute before its start. */
// Some, not all: the desk still has most of the day's arrivals to admit; one breakout is full.
const DAY1_ARRIVALS: readonly (readonly [key: string, count: number])[] = [['opening', 45], ['digital', 24], ['circular', 64], ['social', 15], ['matchmaking', 18]];

/**
 * The programme with registrations, and room-door check-ins on the first day made through the
 * room door's own rules (the first scan of the day admits at the front door too).
 */
export function seedDemoProgramme(db: Db, actor: Actor, days: readonly string[], timeZone: string, people: readonly DemoAttendee[]): number {
  const rnd = seededRandom(20190515);
  const at = (day: number, hhmm: string): Date => zonedToUtc(days[day] as string, hhmm, timeZone);
  const sessions: SessionDefinition[] = ITEMS.map((i) => ({
    id: sessionId(i.key), title: i.title, room: i.room, startsAt: at(i.day, i.start).toISOString(), endsAt: at(i.day, i.end).toISOString(),
    day: days[i.day] as string, type: i.type, capacity: i.capacity ?? null, access: i.access ?? 'open', categories: i.categories ?? [],
    speakers: i.speakers ?? '',
  }));
  const reps = people.filter((p) => p.clusterIndex !== null);
  const inGroup = (countries: readonly string[]) => (p: DemoAttendee): boolean =>
    countries.length === 0 ? !PITCH_GROUPS.some(([, , , c]) => c.includes(p.fields.country)) : countries.includes(p.fields.country);
  const lists: [key: string, ids: string[]][] = [
    ['social', shuffle(rnd, people.filter((p) => p.fields.category === 'participant')).slice(0, 38).map((p) => p.id)],
    ['matchmaking', reps.map((p) => p.id)],
    ['side', shuffle(rnd, people.filter((p) => p.fields.country === 'Romania' || p.clusterIndex !== null)).slice(0, 96).map((p) => p.id)],
    ...PITCH_GROUPS.map(([key, , , countries]): [string, string[]] => [key, reps.filter(inGroup(countries)).slice(0, 60).map((p) => p.id)]),
  ];
  const registrations = lists.flatMap(([key, ids]) => ids.map((attendeeId) => ({ sessionId: sessionId(key), attendeeId })));
  let admitted = 0;
  db.transaction(() => {
    apply(db, newEvent(actor, 'sessions.defined', { sessions }));
    apply(db, newEvent(actor, 'sessions.registered', { registrations }));
    const registeredFor = new Map(lists);
    for (const [key, count] of DAY1_ARRIVALS) {
      const session = sessions.find((s) => s.id === sessionId(key)) as SessionDefinition;
      const pool = shuffle(rnd, registeredFor.get(key) ?? people.map((p) => p.id));
      const start = Date.parse(session.startsAt) - 12 * 60_000;
      // Arrivals bunch up around the start, as they do at a door.
      for (let i = 0; i < Math.min(count, pool.length); i++) {
        const now = new Date(start + Math.round(rnd() ** 1.7 * 30 * 60_000));
        const r = checkInSession(db, actor, { sessionId: session.id, target: { attendeeId: pool[i] as string }, now });
        if (r.outcome === 'admitted') admitted += 1;
      }
    }
  }).immediate();
  return admitted;
}
