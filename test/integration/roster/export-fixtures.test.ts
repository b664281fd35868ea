import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attendeeIdByCode, getAttendee } from '../../../db/queries/attendees.ts';
import { checkIn } from '../../../main/checkin/checkin.ts';
import { importFile } from '../../../main/roster/run-import.ts';
import { DESK, eventWith } from '../../helpers/db.ts';

// The exports in test/fixtures/exports are written from each system's documented columns, header
// rows exactly as the system writes them, optional columns included (see the presets in
// main/roster/presets.ts for where each list comes from).
const FIXTURES = join(import.meta.dirname, '../../fixtures/exports');
const fixture = (name: string): string => join(FIXTURES, name);
const dir = mkdtempSync(join(tmpdir(), 'foyer-exports-'));
type Db = ReturnType<typeof eventWith>;
const person = (db: Db, code: string) => {
  const id = attendeeIdByCode(db, code);
  return id === undefined ? undefined : getAttendee(db, id);
};
const mappingOf = (report: { mapping: readonly { header: string; field: string }[] }): Record<string, string> =>
  Object.fromEntries(report.mapping.map((m) => [m.header, m.field]));
// Bucharest is UTC+3 in May: 06:00Z is 09:00 at the venue.
const at = (iso: string): Date => new Date(iso);

describe('pretix check-in list', () => {
  it('maps every column of the export, optional ones included', async () => {
    const db = eventWith([]);
    const r = await importFile(db, DESK, fixture('pretix-checkin-list.csv'));
    expect(r).toMatchObject({ preset: 'pretix', added: 5, problems: [] });
    expect(r.presetReason).toBe('detected from the headers "Order code", "Attendee name", "Product"');
    expect(mappingOf(r)).toEqual({
      'Order code': 'orderCode', 'Attendee name': 'fullName', 'Attendee name: Title': 'custom',
      'Attendee name: Given name': 'firstName', 'Attendee name: Family name': 'familyName', Product: 'category', Price: 'ignore',
      'Checked in': 'checkedInAtSource', 'Checked out': 'ignore', 'Automatically checked in': 'ignore', Paid: 'custom', Secret: 'code',
      'E-mail': 'email', 'Phone number': 'custom', Date: 'ignore', 'Start date': 'ignore', 'End date': 'ignore',
      'Dietary requirements': 'custom', Company: 'organisation', 'Voucher code': 'ignore', 'Order date': 'ignore', 'Order time': 'ignore',
      'Requires special attention': 'attention', Comment: 'attentionNote', 'Seat ID': 'ignore', 'Seat name': 'custom', 'Seat zone': 'custom',
      'Seat row': 'custom', 'Seat number': 'custom', Blocked: 'blocked', 'Valid from': 'validFrom', 'Valid until': 'validUntil',
      Address: 'ignore', 'ZIP code': 'ignore', City: 'ignore', Country: 'country', State: 'ignore',
    });
    expect(person(db, 't7xq2bn4kz9v')).toMatchObject({ displayName: 'Ana-Maria Căpitanu', category: 'speaker', status: 'active', validFrom: null });
    expect(person(db, 'a8mwe5rd3hsf')).toMatchObject({ attention: true, attentionNote: 'Wheelchair access: use the side entrance', checkedInAtSource: '2019-05-14 09:12' });
    // pretix writes the window in UTC (06:00-15:00): 09:00-18:00 in Bucharest. "Checked in" it writes at the venue.
    expect(person(db, 'm2w8xr4hkd6s')).toMatchObject({ validFrom: '2019-05-14T09:00', validUntil: '2019-05-14T18:00' });
    expect(r.warnings.join(' ')).toMatch(/1 person was already checked in at pretix: kept as history/);
  });

  it('keeps "Checked in" as history: the person is not checked in at this venue', async () => {
    const db = eventWith([]);
    await importFile(db, DESK, fixture('pretix-checkin-list.csv'));
    expect(db.prepare('SELECT count(*) FROM checkins').pluck().get()).toBe(0);
    // Ștefan is also flagged for attention (wheelchair access): staff confirm, then he is admitted here.
    expect(checkIn(db, DESK, { target: { code: 'a8mwe5rd3hsf' }, now: at('2019-05-14T07:00:00Z') }).outcome).toBe('attention');
    expect(checkIn(db, DESK, { target: { code: 'a8mwe5rd3hsf' }, now: at('2019-05-14T07:00:00Z'), confirmAttention: true }).outcome).toBe('admitted');
  });

  it('refuses a blocked ticket at every door with its reason, "Yes" in any language', async () => {
    const db = eventWith([]);
    await importFile(db, DESK, fixture('pretix-checkin-list.csv'));
    for (const code of ['k3p9zq7ytb2d', 'p5d7gh3kwq8m']) {
      for (const desk of [DESK, { desk: 'Desk 2', operator: 'Radu' }, { desk: 'Kiosk 1', operator: 'self-service' }]) {
        const r = checkIn(db, desk, { target: { code }, now: at('2019-05-14T07:00:00Z') });
        expect(r).toMatchObject({ outcome: 'refused', reason: 'blocked' });
        expect(r.outcome === 'refused' && r.message).toBe('Registration blocked: blocked in pretix.');
      }
    }
    // Scanned by person (from a search) rather than by code: refused all the same.
    const id = attendeeIdByCode(db, 'k3p9zq7ytb2d') as string;
    expect(checkIn(db, DESK, { target: { attendeeId: id }, now: at('2019-05-14T07:00:00Z') })).toMatchObject({ outcome: 'refused', reason: 'blocked' });
  });

  it('a re-import that unblocks a ticket unblocks it', async () => {
    const db = eventWith([]);
    await importFile(db, DESK, fixture('pretix-checkin-list.csv'));
    const unblocked = join(dir, 'pretix-unblocked.csv');
    writeFileSync(unblocked, readFileSync(fixture('pretix-checkin-list.csv'), 'utf8').replace(',Yes,,,,,,DE,', ',,,,,,,DE,'));
    const r = await importFile(db, DESK, unblocked);
    expect(r).toMatchObject({ updated: 1, problems: [] });
    expect(person(db, 'k3p9zq7ytb2d')).toMatchObject({ status: 'active', statusReason: '' });
    expect(checkIn(db, DESK, { target: { code: 'k3p9zq7ytb2d' }, now: at('2019-05-14T07:00:00Z') }).outcome).toBe('admitted');
  });

  it('refuses a scan outside the validity window, in the event time zone', async () => {
    const db = eventWith([]);
    await importFile(db, DESK, fixture('pretix-checkin-list.csv'));
    // 08:59 in Bucharest (05:59 UTC): one minute early.
    const early = checkIn(db, DESK, { target: { code: 'm2w8xr4hkd6s' }, now: at('2019-05-14T05:59:00Z') });
    expect(early).toMatchObject({ outcome: 'refused', reason: 'not-yet-valid', message: 'Ticket valid from 14 May 09:00.' });
    const late = checkIn(db, DESK, { target: { code: 'm2w8xr4hkd6s' }, day: '2019-05-15', now: at('2019-05-15T07:00:00Z') });
    expect(late).toMatchObject({ outcome: 'refused', reason: 'no-longer-valid', message: 'Ticket valid until 14 May 18:00.' });
    // 09:00 sharp at the venue: admitted.
    expect(checkIn(db, DESK, { target: { code: 'm2w8xr4hkd6s' }, now: at('2019-05-14T06:00:00Z') }).outcome).toBe('admitted');
  });

  it('reads the US English date format (in UTC) and makes the order code the ticket code when there are no secrets', async () => {
    const db = eventWith([]);
    const r = await importFile(db, DESK, fixture('pretix-checkin-list-minimal.csv'));
    expect(r).toMatchObject({ preset: 'pretix', added: 2, problems: [] });
    expect(mappingOf(r)['Order code']).toBe('code');
    expect(person(db, 'QX7LM')).toMatchObject({ validFrom: '2019-05-14T09:00', validUntil: '2019-05-16T18:00' });
    expect(person(db, 'QX8LN')).toMatchObject({ validFrom: null, validUntil: null, status: 'active' });
  });

  it('reports a validity date it cannot read on its line', async () => {
    const db = eventWith([]);
    const bad = join(dir, 'pretix-bad-date.csv');
    writeFileSync(bad, readFileSync(fixture('pretix-checkin-list-minimal.csv'), 'utf8').replace('05/14/2019 6 a.m.', 'next Tuesday'));
    const r = await importFile(db, DESK, bad);
    expect(r.problems).toEqual([{ line: 2, message: 'cannot read the date "next Tuesday" in column "Valid from" (write it as 2026-05-14 09:00)' }]);
  });
});

describe('Eventbrite attendee report', () => {
  it('maps every column; the attendee number and the barcode both check the person in', async () => {
    const db = eventWith([]);
    const r = await importFile(db, DESK, fixture('eventbrite-attendees.csv'));
    expect(r).toMatchObject({ preset: 'eventbrite', added: 6, problems: [] });
    expect(mappingOf(r)).toMatchObject({
      'Order #': 'orderCode', 'Order Date': 'ignore', 'First Name': 'firstName', 'Last Name': 'familyName', Email: 'email',
      Quantity: 'ignore', 'Ticket Type': 'category', 'Attendee #': 'code', 'Barcode #': 'code', Group: 'custom', 'Order Type': 'ignore',
      Currency: 'ignore', 'Total Paid': 'ignore', 'Fees Paid': 'ignore', 'Eventbrite Fees': 'ignore', 'Eventbrite Payment Processing': 'ignore',
      'Attendee Status': 'status', 'Home Country': 'custom', 'Job Title': 'jobTitle', Company: 'organisation', 'Work Country': 'country',
    });
    expect(person(db, '1122334455')?.id).toBe(person(db, '912345678112233445500')?.id);
    const first = checkIn(db, DESK, { target: { code: '1122334455' }, now: at('2019-05-14T07:00:00Z') });
    expect(first.outcome).toBe('admitted');
    expect(checkIn(db, DESK, { target: { code: '912345678112233445500' }, now: at('2019-05-14T07:01:00Z') }).outcome).toBe('already');
  });

  it('reads Attendee Status as Eventbrite means it', async () => {
    const db = eventWith([]);
    await importFile(db, DESK, fixture('eventbrite-attendees.csv'));
    const status = (code: string) => {
      const p = person(db, code);
      return [p?.status, p?.statusReason, p?.checkedInAtSource];
    };
    expect(status('1122334455')).toEqual(['active', '', '']);
    expect(status('1122334456')).toEqual(['cancelled', '"Not Attending" in Eventbrite', '']);
    expect(status('1122334457')).toEqual(['active', '', 'Checked In (Eventbrite)']);
    expect(status('1122334458')).toEqual(['cancelled', '"Deleted" in Eventbrite', '']);
    expect(status('1122334459')).toEqual(['cancelled', '"Transferred" in Eventbrite', '']);
    expect(status('1122334460')).toEqual(['cancelled', '"Refunded" in Eventbrite', '']);
    const refused = checkIn(db, DESK, { target: { code: '1122334460' }, now: at('2019-05-14T07:00:00Z') });
    expect(refused).toMatchObject({ outcome: 'refused', reason: 'cancelled', message: 'Registration cancelled: "Refunded" in Eventbrite.' });
  });

  it('is recognised without the optional Barcode # column, the attendee number being the code', async () => {
    const db = eventWith([]);
    const r = await importFile(db, DESK, fixture('eventbrite-attendees-no-barcode.csv'));
    expect(r).toMatchObject({ preset: 'eventbrite', added: 2, problems: [] });
    expect(r.presetReason).toBe('detected from the headers "Order #", "Attendee #", "Ticket Type", "Attendee Status"');
    expect(person(db, '1122334470')).toMatchObject({ displayName: 'Zoltán Kovács', category: 'exhibitor', country: 'Hungary' });
  });
});

describe('Hi.Events attendee export', () => {
  it('maps every column, questions included; "Checked In At" is history', async () => {
    const db = eventWith([]);
    const r = await importFile(db, DESK, fixture('hi-events-attendees.csv'));
    expect(r).toMatchObject({ preset: 'hi.events', added: 4, problems: [] });
    expect(mappingOf(r)).toEqual({
      ID: 'custom', 'First Name': 'firstName', 'Last Name': 'familyName', Email: 'email', Status: 'status', 'Is Checked In': 'ignore',
      'Checked In At': 'checkedInAtSource', 'Product ID': 'ignore', 'Product Name': 'category', 'Event ID': 'ignore', 'Public ID': 'code',
      'Short ID': 'custom', 'Created Date': 'ignore', 'Last Updated Date': 'ignore', Notes: 'notes', 'Dietary requirements': 'custom',
      Company: 'organisation',
    });
    expect(person(db, 'A-9QW11PL0')).toMatchObject({ status: 'cancelled', notes: 'Refund requested' });
    expect(person(db, 'A-3RT55ZZ9')).toMatchObject({ status: 'active', category: 'speaker' });
    expect(person(db, 'A-1AB23CD4')).toMatchObject({ checkedInAtSource: '2019-05-14 08:55:12' });
    expect(db.prepare('SELECT count(*) FROM checkins').pluck().get()).toBe(0);
  });
});

describe('choosing the preset', () => {
  it('--preset chooses one and the report says so', async () => {
    const db = eventWith([]);
    const path = join(dir, 'renamed.csv');
    copyFileSync(fixture('eventbrite-attendees-no-barcode.csv'), path);
    const r = await importFile(db, DESK, path, { preset: 'eventbrite', dryRun: true });
    expect(r).toMatchObject({ preset: 'eventbrite', presetReason: 'chosen with --preset eventbrite' });
    // The generic mapping would read "Attendee #" as a name: it stops and says what to map instead.
    await expect(importFile(db, DESK, path, { preset: 'generic', dryRun: true })).rejects.toThrow(
      'Column "Attendee #" was read as the name, but 100% of its cells are numbers, codes or e-mail addresses (e.g. "1122334470"), ' +
      'so nothing was imported. Suggested mapping: --map "Attendee #=custom" (the first and last name columns give the name).',
    );
    const generic = await importFile(db, DESK, path, { preset: 'generic', map: ['Attendee #=custom'], dryRun: true });
    expect(generic).toMatchObject({ preset: 'generic', presetReason: 'chosen with --preset generic', added: 2 });
  });
});
