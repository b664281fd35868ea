import { InputError } from '../errors.ts';
import { normaliseHeader } from '../roster/columns.ts';
import type { Table } from '../roster/table.ts';

// The columns of a programme file and of a session registrations file, from their headers in
// English or Romanian (headers are folded first: "Început" is "inceput", "Sală" is "sala").

export const PROGRAMME_FIELDS = ['id', 'title', 'room', 'date', 'start', 'end', 'type', 'capacity', 'speakers', 'access', 'categories'] as const;
export type ProgrammeField = (typeof PROGRAMME_FIELDS)[number];

export const REGISTRATION_FIELDS = ['session', 'sessionId', 'code', 'email', 'name'] as const;
export type RegistrationField = (typeof REGISTRATION_FIELDS)[number];

const PROGRAMME_HEADERS: Readonly<Record<ProgrammeField, readonly string[]>> = {
  id: ['id', 'session id', 'sessionid', 'id sesiune', 'cod sesiune', 'code'],
  title: ['title', 'titlu', 'session', 'sesiune', 'session title', 'titlu sesiune', 'name', 'denumire', 'programme item', 'activity', 'activitate'],
  room: ['room', 'sala', 'hall', 'location', 'locatie', 'venue', 'loc', 'salon'],
  date: ['date', 'data', 'day', 'zi', 'ziua'],
  start: ['start', 'inceput', 'start time', 'starts', 'from', 'ora inceput', 'ora de inceput', 'begin', 'de la', 'ora'],
  end: ['end', 'sfarsit', 'end time', 'ends', 'to', 'ora sfarsit', 'ora de sfarsit', 'finish', 'pana la', 'final'],
  type: ['type', 'tip', 'track', 'format', 'kind', 'tip sesiune'],
  capacity: ['capacity', 'capacitate', 'seats', 'locuri', 'max', 'numar locuri', 'max participants'],
  speakers: ['speakers', 'vorbitori', 'speaker', 'vorbitor', 'moderator', 'panelists', 'panelisti', 'invitati'],
  access: ['access', 'acces', 'entry', 'intrare', 'admission'],
  categories: ['categories', 'categorii', 'category', 'categorie', 'for', 'pentru', 'allowed'],
};

const REGISTRATION_HEADERS: Readonly<Record<RegistrationField, readonly string[]>> = {
  session: ['session', 'sesiune', 'session title', 'titlu', 'title', 'titlu sesiune', 'programme item', 'activitate'],
  sessionId: ['session id', 'sessionid', 'id sesiune', 'cod sesiune'],
  code: ['code', 'cod', 'ticket', 'ticket code', 'bilet', 'cod bilet', 'attendee code', 'badge', 'barcode', 'order code'],
  email: ['email', 'e mail', 'mail', 'email address', 'adresa email', 'adresa de email', 'posta electronica'],
  name: ['name', 'nume', 'full name', 'nume complet', 'participant', 'attendee'],
};

function mapHeaders<F extends string>(table: Table, aliases: Readonly<Record<F, readonly string[]>>): Partial<Record<F, number>> {
  const index = new Map<string, F>();
  for (const [field, names] of Object.entries(aliases) as [F, readonly string[]][]) for (const n of names) if (!index.has(n)) index.set(n, field);
  const mapping: Partial<Record<F, number>> = {};
  table.headers.forEach((header, i) => {
    const field = index.get(normaliseHeader(header));
    if (field && mapping[field] === undefined) mapping[field] = i;
  });
  return mapping;
}

const found = (table: Table): string => table.headers.filter(Boolean).join(', ') || '(none)';

export function programmeMapping(table: Table): Partial<Record<ProgrammeField, number>> {
  const m = mapHeaders(table, PROGRAMME_HEADERS);
  const missing = [m.title === undefined && 'a title (title / titlu)', m.start === undefined && 'a start (start / început)'].filter(Boolean);
  if (missing.length > 0) throw new InputError(`line 1: no column for ${missing.join(' and ')} among: ${found(table)}.`);
  return m;
}

export function registrationMapping(table: Table): Partial<Record<RegistrationField, number>> {
  const m = mapHeaders(table, REGISTRATION_HEADERS);
  const missing = [
    m.session === undefined && m.sessionId === undefined && 'the session (session / sesiune, or session id)',
    m.code === undefined && m.email === undefined && m.name === undefined && 'the person (code / cod, email, or name / nume)',
  ].filter(Boolean);
  if (missing.length > 0) throw new InputError(`line 1: no column for ${missing.join(' and ')} among: ${found(table)}.`);
  return m;
}
