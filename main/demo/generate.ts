import type { AttendeeFields } from '../../model/attendee.ts';
import { asMatchmaking, type DemoMeeting, scheduleMeetings } from './meetings.ts';
import { POOLS } from './names.ts';
import { pick, seededRandom, secret } from './random.ts';
import { clusters, type DemoAttendee, otherOrganisations, person, poolOf, weightedPool } from './roster.ts';

export const DEMO_ATTENDEES = 450;

export interface DemoEvent {
  readonly attendees: DemoAttendee[];
  readonly meetings: DemoMeeting[];
}

// A few people whose card must stop the desk: the notes staff need at the door.
const ATTENTION_NOTES = [
  'Wheelchair user: reserved seat in row A of the plenary hall.',
  'Minister’s delegation: call the protocol officer (ext. 214) on arrival.',
  'Invoice unpaid: send to the head of registration before printing.',
  'Speaker in panel 2: bring to the green room by 09:30.',
  'Name spelling corrected by phone: check the badge with the person.',
  'Vegan and nut allergy: give the orange lunch voucher.',
  'Lost badge reported on day 1: print a replacement only with ID.',
  'Interpreter needed (Ukrainian): call booth 3.',
];

/** The demo event: ~450 people from across Europe, 149 clusters in matchmaking, 369 meetings. */
export function generateDemo(days: readonly string[], timeZone: string, seed = 20190514): DemoEvent {
  const rnd = seededRandom(seed);
  const attendees: DemoAttendee[] = [];
  const add = (fields: AttendeeFields, clusterIndex: number | null = null): DemoAttendee => {
    const a = { id: `demo-${String(attendees.length + 1).padStart(4, '0')}`, codes: [secret(rnd)], fields, clusterIndex };
    attendees.push(a);
    return a;
  };

  const matchmaking = clusters(rnd);
  matchmaking.forEach((org, i) => add(person(rnd, poolOf(org.country), org, 'cluster'), i));
  // Colleagues from about half of the clusters, some of them exhibiting.
  while (attendees.length < 300) {
    const org = pick(rnd, matchmaking);
    const p = person(rnd, poolOf(org.country), org, 'cluster');
    add({ ...p, category: rnd() < 0.22 ? 'exhibitor' : 'participant' });
  }
  const others = otherOrganisations();
  const host = poolOf('Romania');
  const roles: [category: string, count: number, orgFilter: (name: string) => boolean][] = [
    ['vip', 14, (n) => /Ministry|Ministerul|Commission|Committee/.test(n)],
    ['speaker', 32, (n) => !/Euractiv|Agerpres|Ziarul/.test(n)],
    ['organiser', 12, (n) => /Ministerul Economiei|Cluster Collaboration/.test(n)],
    ['press', 12, (n) => /Euractiv|Agerpres|Ziarul/.test(n)],
    ['staff', 15, (n) => /Ministerul Economiei/.test(n)],
  ];
  for (const [category, count, filter] of roles) {
    const orgs = others.filter((o) => filter(o.name));
    for (let i = 0; i < count; i++) {
      const org = pick(rnd, orgs);
      const pool = category === 'staff' || category === 'organiser' ? host : org.country === 'Romania' ? host : weightedPool(rnd);
      const role = category === 'press' ? 'press' : category === 'speaker' && rnd() < 0.4 ? 'academic' : 'official';
      add({ ...person(rnd, pool, org, role), category });
    }
  }
  while (attendees.length < DEMO_ATTENDEES) {
    const org = pick(rnd, others);
    add(person(rnd, rnd() < 0.5 ? poolOf(org.country) : pick(rnd, POOLS), org, pick(rnd, ['official', 'academic'] as const)));
  }

  // Day passes, cancellations, a block and attention flags, as real rosters have.
  const [day1, day2] = days;
  for (let i = 0; i < attendees.length; i++) {
    const f = (attendees[i] as DemoAttendee).fields;
    if (f.category === 'press' && i % 3 === 0 && day2) f.days = [day2];
    else if (f.category === 'participant' && i % 17 === 0 && day1) f.days = [day1];
    if (i % 61 === 7) f.status = 'cancelled';
  }
  const blocked = attendees[222] as DemoAttendee;
  blocked.fields.status = 'blocked';
  blocked.fields.notes = 'Duplicate registration under a second e-mail: ask the head of registration.';
  ATTENTION_NOTES.forEach((note, k) => {
    const f = (attendees[(k * 53 + 11) % attendees.length] as DemoAttendee).fields;
    f.attention = true;
    f.notes = note;
    f.status = 'active';
  });

  const reps = attendees.filter((a) => a.clusterIndex !== null).map((a) => a.id);
  const schedule = scheduleMeetings(rnd, reps, days[0] as string, timeZone);
  const people = attendees.map((a) => ({ id: a.id, organisation: a.fields.organisation }));
  return { attendees, meetings: asMatchmaking(rnd, schedule, people) };
}
