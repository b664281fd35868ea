import { describe, expect, it } from 'vitest';
import { InputError } from '../../../main/errors.ts';
import { resolveMapping } from '../../../main/roster/mapping.ts';
import type { Table } from '../../../main/roster/table.ts';
import { categoryFor, statusFor } from '../../../main/roster/value-maps.ts';

const table = (headers: string[], ...rows: string[][]): Table => ({ headers, rows: rows.map((cells, i) => ({ line: i + 2, cells })) });
const fieldsOf = (t: Table, map?: string[]): Record<string, string> =>
  Object.fromEntries(resolveMapping(t, map ? { map } : {}).columns.map((c) => [c.header, c.target]));

describe('column mapping', () => {
  it('recognises the pretix check-in list and scans the Secret, not the shared order code', () => {
    const t = table(['Order code', 'Attendee name', 'Attendee name: Given name', 'Attendee name: Family name', 'Product', 'Price', 'Checked in', 'Secret', 'E-mail', 'Company', 'Requires special attention', 'Comment']);
    const m = resolveMapping(t);
    expect(m.preset).toBe('pretix');
    expect(fieldsOf(t)).toMatchObject({
      'Order code': 'orderCode', 'Attendee name': 'fullName', 'Attendee name: Given name': 'firstName',
      'Attendee name: Family name': 'familyName', Product: 'category', Price: 'ignore', 'Checked in': 'checkedInAtSource',
      Secret: 'code', 'E-mail': 'email', Company: 'organisation', 'Requires special attention': 'attention', Comment: 'attentionNote',
    });
  });

  it('makes the pretix order code the ticket code when the export has no secrets', () => {
    const t = table(['Order code', 'Attendee name', 'Product', 'E-mail']);
    expect(fieldsOf(t)['Order code']).toBe('code');
  });

  it('recognises the Eventbrite attendee report', () => {
    const t = table(['Order #', 'Order Date', 'First Name', 'Last Name', 'Email', 'Quantity', 'Ticket Type', 'Attendee #', 'Barcode #', 'Attendee Status', 'Job Title', 'Company']);
    expect(resolveMapping(t).preset).toBe('eventbrite');
    expect(fieldsOf(t)).toMatchObject({
      'Order #': 'orderCode', 'First Name': 'firstName', 'Last Name': 'familyName', 'Ticket Type': 'category',
      'Attendee #': 'code', 'Barcode #': 'code', 'Attendee Status': 'status', 'Job Title': 'jobTitle', Company: 'organisation',
    });
  });

  it('recognises the Hi.Events attendee export', () => {
    const t = table(['ID', 'First Name', 'Last Name', 'Email', 'Status', 'Is Checked In', 'Checked In At', 'Product ID', 'Product Name', 'Event ID', 'Public ID', 'Short ID', 'Created Date', 'Last Updated Date', 'Notes']);
    expect(resolveMapping(t).preset).toBe('hi.events');
    expect(fieldsOf(t)).toMatchObject({ 'Public ID': 'code', 'Product Name': 'category', Status: 'status', 'Is Checked In': 'ignore', ID: 'custom', Notes: 'notes' });
  });

  it('maps Romanian, Polish and German headers, and keeps unknown columns as custom fields', () => {
    expect(fieldsOf(table(['Nume', 'Prenume', 'Adresa e-mail', 'Companie', 'Țară', 'Tip bilet', 'Cod', 'Dietă']))).toEqual({
      Nume: 'familyName', Prenume: 'firstName', 'Adresa e-mail': 'email', Companie: 'organisation', 'Țară': 'country',
      'Tip bilet': 'category', Cod: 'code', 'Dietă': 'custom',
    });
    expect(fieldsOf(table(['Imię', 'Nazwisko', 'E-mail', 'Organizacja']))).toMatchObject({ 'Imię': 'firstName', Nazwisko: 'familyName', Organizacja: 'organisation' });
    expect(fieldsOf(table(['Vorname', 'Nachname', 'Firma', 'Land']))).toEqual({ Vorname: 'firstName', Nachname: 'familyName', Firma: 'organisation', Land: 'country' });
  });

  it('lets --map override the automatic choice, case-insensitively', () => {
    const t = table(['Participant', 'Institutie', 'Ref']);
    expect(fieldsOf(t, ['ref=code', 'Participant=name'])).toEqual({ Participant: 'fullName', Institutie: 'organisation', Ref: 'code' });
  });

  it('refuses duplicate headers, a file without a name column, and bad --map entries', () => {
    expect(() => resolveMapping(table(['Name', 'Email', 'email']))).toThrow(/duplicate column "email" \(columns 2 and 3\)/);
    expect(() => resolveMapping(table(['Email', 'Company']))).toThrow(InputError);
    expect(() => resolveMapping(table(['Name']), { map: ['Nope=email'] })).toThrow(/no column "Nope"/);
    expect(() => resolveMapping(table(['Name']), { map: ['Name=shoe size'] })).toThrow(/unknown field/);
  });
});

describe('value mapping', () => {
  it('turns ticket types into badge categories', () => {
    expect(['Speaker Pass', 'Press / Media', 'Staff', 'Organizer team', 'VIP Dinner', 'Exhibitor booth', 'Early bird', 'Vorbitor', 'Presă'].map(categoryFor))
      .toEqual(['speaker', 'press', 'staff', 'organiser', 'vip', 'exhibitor', 'participant', 'speaker', 'press']);
  });

  it('turns source statuses into active, cancelled or blocked, and unknown ones into undefined', () => {
    expect(['Paid', 'Attending', 'Checked In', 'ACTIVE', 'AWAITING_PAYMENT', 'Cancelled', 'Refunded', 'Not Attending', 'Blocked', ''].map(statusFor))
      .toEqual(['active', 'active', 'active', 'active', 'active', 'cancelled', 'cancelled', 'cancelled', 'blocked', 'active']);
    expect(statusFor('maybe later')).toBeUndefined();
  });
});
