import type { Meeting, MeetingRecord } from '../../db/queries/meetings.ts';
import { zonedToUtc } from '../../model/dates.ts';
import { shuffle } from './random.ts';

export type DemoMeeting = MeetingRecord;

export const DEMO_MEETINGS = 369;
const SLOT_MINUTES = 20;
const FIRST_SLOT = 10 * 60; // 10:00
const SLOTS = 24; // until 18:00
const TABLES = 40;

const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Schedules bilateral meetings among the matchmaking representatives on the first day: 20-minute
 * slots at 40 tables, nobody in two meetings at once, no pair meeting twice, everyone at least once.
 */
export function scheduleMeetings(rnd: () => number, reps: readonly string[], day: string, timeZone: string): Meeting[] {
  const busy = new Map<string, Set<number>>(reps.map((r) => [r, new Set<number>()]));
  const tablesUsed = new Map<number, number>();
  const met = new Set<string>();
  const meetings: Meeting[] = [];
  const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

  const book = (a: string, b: string): boolean => {
    if (a === b || met.has(pairKey(a, b))) return false;
    for (let slot = 0; slot < SLOTS; slot++) {
      const used = tablesUsed.get(slot) ?? 0;
      if (used >= TABLES || busy.get(a)?.has(slot) || busy.get(b)?.has(slot)) continue;
      busy.get(a)?.add(slot);
      busy.get(b)?.add(slot);
      tablesUsed.set(slot, used + 1);
      met.add(pairKey(a, b));
      const start = FIRST_SLOT + slot * SLOT_MINUTES;
      meetings.push({
        id: `demo-meeting-${meetings.length + 1}`,
        startsAt: zonedToUtc(day, hhmm(start), timeZone).toISOString(),
        endsAt: zonedToUtc(day, hhmm(start + SLOT_MINUTES), timeZone).toISOString(),
        location: `Table ${used + 1}`,
        partyA: a,
        partyB: b,
      });
      return true;
    }
    return false;
  };

  // Everyone meets at least once: pair the shuffled list neighbour to neighbour.
  const order = shuffle(rnd, reps);
  for (let i = 0; i + 1 < order.length; i += 2) book(order[i] as string, order[i + 1] as string);
  if (order.length % 2 === 1) book(order.at(-1) as string, order[0] as string);
  // Then popular clusters get more: a skewed draw, as in real matchmaking.
  while (meetings.length < DEMO_MEETINGS) {
    const a = order[Math.floor(rnd() ** 1.6 * order.length)] as string;
    const b = order[Math.floor(rnd() * order.length)] as string;
    book(a, b);
  }
  return meetings;
}

const SECTORS = ['ICT', 'Agrifood', 'Wood and Furniture', 'Textile', 'Energy', 'Health', 'Tourism', 'Bio-economy', 'Automotive', 'Logistics'];

/**
 * The schedule as the matchmaking tool exports it: a cluster with several people at the event
 * meets as an organisation (all of them listed), the others as persons; one meeting in 23 was
 * declined, and each carries the sectors of its clusters.
 */
export function asMatchmaking(
  rnd: () => number, meetings: readonly Meeting[], people: readonly { id: string; organisation: string }[],
): DemoMeeting[] {
  const orgOf = new Map(people.map((p) => [p.id, p.organisation]));
  const staff = new Map<string, string[]>();
  for (const p of people) staff.set(p.organisation, [...(staff.get(p.organisation) ?? []), p.id]);
  const sectorOf = (org: string): string => SECTORS.find((s) => org.includes(s)) ?? (SECTORS[Math.floor(rnd() * SECTORS.length)] as string);
  return meetings.map((m, i) => {
    const side = (id: string): { org: string; reps: string[] } => {
      const org = orgOf.get(id) ?? '';
      const reps = staff.get(org) ?? [id];
      return reps.length > 1 ? { org, reps: [id, ...reps.filter((r) => r !== id)] } : { org: '', reps: [id] };
    };
    const a = side(m.partyA);
    const b = side(m.partyB);
    const sectors = [...new Set([sectorOf(orgOf.get(m.partyA) ?? ''), sectorOf(orgOf.get(m.partyB) ?? '')])];
    return { ...m, status: i % 23 === 5 ? 'cancelled' : 'scheduled', orgA: a.org, orgB: b.org, repsA: a.reps, repsB: b.reps, sectors };
  });
}

/** Meetings of the first two hours the demo shows as held (three in four), confirmed five minutes in. */
export const demoHeld = (meetings: readonly DemoMeeting[]): { id: string; at: Date }[] => {
  const first = meetings.reduce((min, m) => (m.startsAt < min ? m.startsAt : min), meetings[0]?.startsAt ?? '');
  const until = Date.parse(first) + 2 * 3600_000;
  return meetings
    .filter((m, i) => m.status === 'scheduled' && Date.parse(m.startsAt) < until && i % 4 !== 3)
    .map((m) => ({ id: m.id, at: new Date(Date.parse(m.startsAt) + 5 * 60_000) }));
};
