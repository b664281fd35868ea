import type { Db } from '../../db/open.ts';
import { getAttendee } from '../../db/queries/attendees.ts';
import { readConference, type StoredConferenceSettings } from '../../db/queries/conference.ts';
import { meetingsOf } from '../../db/queries/meetings.ts';
import { InputError } from '../errors.ts';
import { timeIn } from '../../model/dates.ts';
import { signBadgeToken } from './token.ts';

/** Everything printed on one person's badge, already formatted. */
export interface BadgeData {
  readonly attendeeId: string;
  readonly name: string;
  readonly firstName: string;
  readonly familyName: string;
  readonly organisation: string;
  readonly jobTitle: string;
  readonly country: string;
  readonly category: string;
  readonly eventName: string;
  readonly eventDates: string;
  /** The days alone ("14–16 May 2019"), for the {days} placeholder. */
  readonly eventDays: string;
  readonly venue: string;
  readonly logo: string | null;
  readonly token: string;
  /** vCard text, or null when the person did not agree to share contact details. */
  readonly vcard: string | null;
  readonly meetings: readonly { time: string; location: string; who: string }[];
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** "RO" → "Romania"; a country already written out is kept as it is. */
export function countryName(country: string): string {
  const c = country.trim();
  if (!/^[A-Za-z]{2}$/.test(c)) return c;
  try {
    return regionNames.of(c.toUpperCase()) ?? c;
  } catch {
    return c;
  }
}

const month = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
const dayOf = (d: string): Date => new Date(`${d}T12:00:00Z`);

/** "14–16 May 2019", "30 May – 1 June 2019", "14 May 2019". */
export function formatEventDates(days: readonly string[]): string {
  const sorted = [...days].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return '';
  const [a, b] = [dayOf(first), dayOf(last)];
  const d = (x: Date): number => x.getUTCDate();
  if (first === last) return `${d(a)} ${month.format(a)} ${a.getUTCFullYear()}`;
  if (a.getUTCFullYear() !== b.getUTCFullYear()) {
    return `${d(a)} ${month.format(a)} ${a.getUTCFullYear()} – ${d(b)} ${month.format(b)} ${b.getUTCFullYear()}`;
  }
  if (a.getUTCMonth() !== b.getUTCMonth()) return `${d(a)} ${month.format(a)} – ${d(b)} ${month.format(b)} ${b.getUTCFullYear()}`;
  return `${d(a)}–${d(b)} ${month.format(b)} ${b.getUTCFullYear()}`;
}

const vEscape = (s: string): string => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');

export function vcardOf(a: { displayName: string; firstName: string; familyName: string; organisation: string; jobTitle: string; email: string; shareContact: boolean }): string | null {
  if (!a.shareContact) return null;
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', `N:${vEscape(a.familyName)};${vEscape(a.firstName)};;;`, `FN:${vEscape(a.displayName)}`];
  if (a.organisation) lines.push(`ORG:${vEscape(a.organisation)}`);
  if (a.jobTitle) lines.push(`TITLE:${vEscape(a.jobTitle)}`);
  if (a.email) lines.push(`EMAIL:${vEscape(a.email)}`);
  lines.push('END:VCARD');
  return lines.join('\n');
}

/** `event` lets a batch read the event row once instead of once per badge. */
export function loadBadgeData(db: Db, attendeeId: string, withMeetings = false, event: StoredConferenceSettings | undefined = readConference(db)): BadgeData {
  const a = getAttendee(db, attendeeId);
  if (!a) throw new InputError(`No attendee with id ${attendeeId}.`);
  if (!event) throw new InputError('No event in this database: run `foyer event create` first.');
  if (!event.signingKey) throw new InputError('The event has no badge signing key: run `foyer event create` again.');
  const s = event.settings;
  const tz = s.timeZone;
  const meetings = withMeetings
    ? meetingsOf(db, a.id).map((m) => ({
        time: `${timeIn(tz, m.startsAt)}–${timeIn(tz, m.endsAt)}`,
        location: m.location,
        who: [m.counterpartName, m.counterpartOrganisation].filter(Boolean).join(', '),
      }))
    : [];
  return {
    attendeeId: a.id,
    name: a.displayName,
    firstName: a.firstName,
    familyName: a.familyName,
    organisation: a.organisation,
    jobTitle: a.jobTitle,
    country: countryName(a.country),
    category: a.category,
    eventName: s.name,
    eventDates: [formatEventDates(s.days), s.venue].filter(Boolean).join(' · '),
    eventDays: formatEventDates(s.days),
    venue: s.venue,
    logo: s.logo,
    token: signBadgeToken(event.signingKey.privateKey, a.id),
    vcard: vcardOf(a),
    meetings,
  };
}
