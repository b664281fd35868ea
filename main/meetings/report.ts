import type { Db } from '../../db/open.ts';
import { readConference } from '../../db/queries/conference.ts';
import { meetingsReportRows, type ReportMeetingRow, reportParties } from '../../db/queries/meetings.ts';
import { dayIn } from '../../model/dates.ts';

// What became of the matchmaking: held (a confirmation), no-show (its end has passed and nobody
// confirmed it), upcoming, or cancelled in the schedule. Counted overall, per organisation taking
// part and per sector tag; the no-shows listed with both sides' people and e-mails for follow-up.

export type Outcome = 'held' | 'no-show' | 'upcoming' | 'cancelled';

export interface Counts { scheduled: number; held: number; noShow: number; upcoming: number; cancelled: number }

export interface PartyContact {
  readonly label: string;
  readonly kind: 'person' | 'organisation';
  readonly people: readonly { name: string; email: string; organisation: string; status: string }[];
  /** Whether anyone on this side was admitted at the front door on the meeting's day. */
  readonly present: boolean;
}

export interface ReportMeeting {
  readonly id: string;
  readonly day: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly location: string;
  readonly outcome: Outcome;
  readonly heldAt: string | null;
  readonly sectors: readonly string[];
  readonly a: PartyContact;
  readonly b: PartyContact;
}

export interface MeetingsReport {
  readonly at: string;
  readonly totals: Counts;
  readonly byOrganisation: readonly ({ organisation: string } & Counts)[];
  readonly bySector: readonly ({ sector: string } & Counts)[];
  readonly noShows: readonly ReportMeeting[];
  /** Every meeting with its outcome and people, when asked for (the export writes these). */
  readonly meetings: readonly ReportMeeting[];
}

const zero = (): Counts => ({ scheduled: 0, held: 0, noShow: 0, upcoming: 0, cancelled: 0 });

function count(c: Counts, o: Outcome): void {
  if (o === 'cancelled') c.cancelled++;
  else {
    c.scheduled++;
    if (o === 'held') c.held++;
    else if (o === 'no-show') c.noShow++;
    else c.upcoming++;
  }
}

const outcomeOf = (m: ReportMeetingRow, now: string): Outcome =>
  m.status === 'cancelled' ? 'cancelled' : m.heldAt ? 'held' : m.endsAt <= now ? 'no-show' : 'upcoming';

const sorted = <K extends string>(map: Map<string, Counts>, key: K): ({ [P in K]: string } & Counts)[] =>
  [...map].map(([name, c]) => ({ [key]: name, ...c }) as { [P in K]: string } & Counts)
    .sort((x, y) => y.scheduled - x.scheduled || y.held - x.held || (x[key] as string).localeCompare(y[key] as string));

export interface ReportOptions {
  /** Every meeting with both sides' people (the export); otherwise only the no-shows carry people. */
  readonly withMeetings?: boolean;
  /** List at most this many no-shows with their people (a screen shows the first ones; the counts stay whole). */
  readonly noShowLimit?: number;
}

/** The report at `now`: counts over every meeting, people only for the meetings listed. */
export function meetingsReport(db: Db, now: Date = new Date(), options: ReportOptions = {}): MeetingsReport {
  const { withMeetings = false, noShowLimit = Number.POSITIVE_INFINITY } = options;
  const tz = readConference(db)?.settings.timeZone ?? 'UTC';
  const rows = meetingsReportRows(db);
  const iso = now.toISOString();
  const totals = zero();
  const byOrg = new Map<string, Counts>();
  const bySector = new Map<string, Counts>();
  const bump = (map: Map<string, Counts>, k: string, o: Outcome): void => {
    let c = map.get(k);
    if (!c) map.set(k, (c = zero()));
    count(c, o);
  };
  // Meetings share start times and sector lists: work each out once.
  const days = new Map<string, string>();
  const tags = new Map<string, string[]>();
  const outcomes: Outcome[] = [];
  for (const m of rows) {
    const outcome = outcomeOf(m, iso);
    outcomes.push(outcome);
    count(totals, outcome);
    if (m.orgA) bump(byOrg, m.orgA, outcome);
    if (m.orgB && m.orgB !== m.orgA) bump(byOrg, m.orgB, outcome);
    let sectors = tags.get(m.sectors);
    if (!sectors) tags.set(m.sectors, (sectors = JSON.parse(m.sectors) as string[]));
    for (const s of sectors) bump(bySector, s, outcome);
  }
  let noShowsLeft = noShowLimit;
  const listed = rows.filter((_, i) => withMeetings || (outcomes[i] === 'no-show' && noShowsLeft-- > 0));
  const { sides, present } = reportParties(db, listed.map((m) => m.id));
  const dayOf = (startsAt: string): string => {
    let d = days.get(startsAt);
    if (!d) days.set(startsAt, (d = dayIn(tz, new Date(startsAt))));
    return d;
  };
  const out: ReportMeeting[] = listed.map((m) => {
    const day = dayOf(m.startsAt);
    const contact = (side: 'A' | 'B'): PartyContact => {
      const reps = sides.get(m.id)?.[side === 'A' ? 0 : 1] ?? [];
      const org = side === 'A' ? (m.orgPartyA ? m.orgA : '') : (m.orgPartyB ? m.orgB : '');
      return {
        label: org || (reps[0]?.name ?? ''), kind: org ? 'organisation' : 'person',
        people: reps.map((r) => ({ name: r.name, email: r.email, organisation: r.organisation, status: r.status })),
        present: reps.some((r) => present.has(`${day}|${r.id}`)),
      };
    };
    return {
      id: m.id, day, startsAt: m.startsAt, endsAt: m.endsAt, location: m.location, outcome: outcomeOf(m, iso), heldAt: m.heldAt,
      sectors: tags.get(m.sectors) ?? [], a: contact('A'), b: contact('B'),
    };
  });
  return {
    at: iso, totals, byOrganisation: sorted(byOrg, 'organisation'), bySector: sorted(bySector, 'sector'),
    noShows: out.filter((m) => m.outcome === 'no-show'), meetings: withMeetings ? out : [],
  };
}
