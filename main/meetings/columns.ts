import { InputError } from '../errors.ts';
import { normaliseHeader } from '../roster/columns.ts';
import type { Table } from '../roster/table.ts';

// What a column of a meetings file can be. The two parties are "a" and "b"; each may be given by
// e-mail, ticket code, or name (+ organisation).
export const MEETING_FIELDS = [
  'date', 'start', 'end', 'duration', 'location', 'status', 'sectors',
  'emailA', 'codeA', 'nameA', 'organisationA', 'emailB', 'codeB', 'nameB', 'organisationB',
] as const;
export type MeetingField = (typeof MEETING_FIELDS)[number];
export type MeetingMapping = Partial<Record<MeetingField, number>>;

const SIDE_A = new Set(['a', '1', 'one', 'first', 'requester', 'requesting', 'from', 'host', 'organiser', 'organizer', 'initiator', 'sender']);
const SIDE_B = new Set(['b', '2', 'two', 'second', 'requested', 'to', 'guest', 'partner', 'invitee', 'receiver', 'recipient', 'counterpart']);

function partyField(words: readonly string[]): 'email' | 'code' | 'name' | 'organisation' | undefined {
  const w = new Set(words);
  if (w.has('email') || w.has('mail') || (w.has('e') && w.has('mail'))) return 'email';
  if (w.has('code') || w.has('ticket') || w.has('badge') || w.has('barcode')) return 'code';
  if (['organisation', 'organization', 'company', 'cluster', 'org', 'institution'].some((x) => w.has(x))) return 'organisation';
  if (w.has('name') || w.has('participant') || w.has('person')) return 'name';
  return undefined;
}

/** The meeting field a header names, from its words: "E-mail A", "Participant 2 name", "Requested company". */
export function meetingFieldOf(header: string): MeetingField | undefined {
  const key = normaliseHeader(header);
  const words = key.split(' ');
  if (['date', 'day'].includes(key)) return 'date';
  if (['start', 'start time', 'starts', 'from time', 'begin', 'time', 'slot', 'starts at', 'start date time'].includes(key)) return 'start';
  if (['end', 'end time', 'ends', 'to time', 'finish', 'ends at', 'end date time'].includes(key)) return 'end';
  if (['duration', 'length', 'minutes', 'duration min', 'duration minutes'].includes(key)) return 'duration';
  if (['table', 'location', 'room', 'table number', 'place', 'meeting point', 'table no'].includes(key)) return 'location';
  if (['status', 'state', 'meeting status', 'meeting state', 'stare', 'status intalnire', 'statut', 'booking status'].includes(key)) return 'status';
  if (['sector', 'sectors', 'tags', 'tag', 'topic', 'topics', 'sector tags', 'domain', 'domeniu', 'domenii', 'sectoare', 'bransch'].includes(key)) return 'sectors';
  const side = words.some((w) => SIDE_A.has(w)) ? 'A' : words.some((w) => SIDE_B.has(w)) ? 'B' : undefined;
  const field = partyField(words);
  return side && field ? (`${field}${side}` as MeetingField) : undefined;
}

/** Maps the file's columns, with "Header=field" overrides; names what is missing. */
export function resolveMeetingMapping(table: Table, overrides: readonly string[] = []): MeetingMapping {
  const mapping: MeetingMapping = {};
  const byHeader = new Map(table.headers.map((h, i) => [normaliseHeader(h), i]));
  for (const entry of overrides) {
    const eq = entry.lastIndexOf('=');
    const header = entry.slice(0, eq).trim();
    const field = MEETING_FIELDS.find((f) => f.toLowerCase() === entry.slice(eq + 1).trim().toLowerCase());
    if (eq <= 0 || !field) throw new InputError(`--map "${entry}": write it as "Header=field" with a field among ${MEETING_FIELDS.join(', ')}.`);
    const index = byHeader.get(normaliseHeader(header));
    if (index === undefined) throw new InputError(`--map "${entry}": the file has no column "${header}".`);
    mapping[field] = index;
  }
  const mapped = new Set(Object.values(mapping));
  table.headers.forEach((h, i) => {
    const field = meetingFieldOf(h);
    if (field && mapping[field] === undefined && !mapped.has(i)) mapping[field] = i;
  });
  const missing: string[] = [];
  if (mapping.start === undefined) missing.push('a start time');
  if (mapping.end === undefined && mapping.duration === undefined) missing.push('an end time or a duration');
  for (const side of ['A', 'B'] as const) {
    if (mapping[`email${side}`] === undefined && mapping[`code${side}`] === undefined && mapping[`name${side}`] === undefined) {
      missing.push(`party ${side} (e-mail, ticket code or name)`);
    }
  }
  if (missing.length > 0) {
    throw new InputError(`line 1: no column for ${missing.join(', ')} among: ${table.headers.filter(Boolean).join(', ')}. Name one with --map "Header=field".`);
  }
  return mapping;
}
