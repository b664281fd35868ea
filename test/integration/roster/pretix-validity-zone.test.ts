import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { attendeeIdByCode, getAttendee } from '../../../db/queries/attendees.ts';
import { checkIn } from '../../../main/checkin/checkin.ts';
import { configureConference } from '../../../main/conference/configure.ts';
import { importFileOffThread } from '../../../main/roster/import-thread-client.ts';
import { importFile } from '../../../main/roster/run-import.ts';
import type { CheckinOutcome } from '../../../renderer/api/methods.ts';
import en from '../../../renderer/i18n/en.json' with { type: 'json' };
import ro from '../../../renderer/i18n/ro.json' with { type: 'json' };
import { refusalText } from '../../../renderer/screens/Desk/refusal-text.ts';
import { DESK, eventWith } from '../../helpers/db.ts';

// pretix's check-in list writes "Valid from" / "Valid until" in UTC (date_format of the stored
// datetime, unconverted) while "Checked in" is in the event's zone. The event here is in Bucharest:
// UTC+3 in May, UTC+2 in November.
const FIXTURE = join(import.meta.dirname, '../../fixtures/exports/pretix-checkin-list.csv');
const dir = mkdtempSync(join(tmpdir(), 'foyer-pretix-validity-'));
type Db = ReturnType<typeof eventWith>;
const WINDOW = 'm2w8xr4hkd6s';
const person = (db: Db, code: string) => getAttendee(db, attendeeIdByCode(db, code) ?? '');
const scan = (db: Db, iso: string, day?: string) => checkIn(db, DESK, { target: { code: WINDOW }, now: new Date(iso), ...(day ? { day } : {}) });

/** The English fixture with Zsófia's window cells replaced, as another file. */
function withWindow(name: string, from: string, until: string): string {
  const path = join(dir, name);
  const text = readFileSync(FIXTURE, 'utf8');
  expect(text).toContain(',2019-05-14 06:00,2019-05-14 15:00,');
  writeFileSync(path, text.replace(',2019-05-14 06:00,2019-05-14 15:00,', `,${from},${until},`));
  return path;
}

async function imported(path = FIXTURE, days?: string[]): Promise<Db> {
  const db = eventWith([]);
  if (days) configureConference(db, DESK, { days });
  expect(await importFile(db, DESK, path)).toMatchObject({ preset: 'pretix', problems: [] });
  return db;
}

describe('pretix validity written in UTC, read at the venue', () => {
  it('May (UTC+3): "Valid from 06:00" refuses at 08:59 and admits at 09:00 in Bucharest', async () => {
    const db = await imported();
    expect(person(db, WINDOW)).toMatchObject({ validFrom: '2019-05-14T09:00', validUntil: '2019-05-14T18:00' });
    expect(scan(db, '2019-05-14T05:59:00Z')).toMatchObject({ outcome: 'refused', reason: 'not-yet-valid', message: 'Ticket valid from 14 May 09:00.' });
    expect(scan(db, '2019-05-14T06:00:00Z').outcome).toBe('admitted');
  });

  it('May (UTC+3): "Valid until 15:00" admits at 17:59 and refuses at 18:00 in Bucharest', async () => {
    const late = await imported();
    expect(scan(late, '2019-05-14T15:00:00Z')).toMatchObject({ outcome: 'refused', reason: 'no-longer-valid', message: 'Ticket valid until 14 May 18:00.' });
    expect(scan(late, '2019-05-14T14:59:00Z').outcome).toBe('admitted');
  });

  it('November (UTC+2): "07:00"-"16:00" is 09:00-18:00 at the venue', async () => {
    const path = withWindow('pretix-winter.csv', '2019-11-26 07:00', '2019-11-26 16:00');
    const db = await imported(path, ['2019-11-26']);
    expect(person(db, WINDOW)).toMatchObject({ validFrom: '2019-11-26T09:00', validUntil: '2019-11-26T18:00' });
    expect(scan(db, '2019-11-26T06:59:00Z')).toMatchObject({ outcome: 'refused', reason: 'not-yet-valid', message: 'Ticket valid from 26 Nov 09:00.' });
    expect(scan(db, '2019-11-26T16:00:00Z')).toMatchObject({ outcome: 'refused', reason: 'no-longer-valid', message: 'Ticket valid until 26 Nov 18:00.' });
    expect(scan(db, '2019-11-26T07:00:00Z').outcome).toBe('admitted');
    const evening = await imported(path, ['2019-11-26']);
    expect(scan(evening, '2019-11-26T15:59:00Z').outcome).toBe('admitted');
  });

  it('a window crossing midnight in UTC lands on the venue day it means', async () => {
    // 22:30 UTC on 13 May is 01:30 on 14 May in Bucharest.
    const db = await imported(withWindow('pretix-midnight.csv', '2019-05-13 22:30', '2019-05-14 21:00'));
    expect(person(db, WINDOW)).toMatchObject({ validFrom: '2019-05-14T01:30', validUntil: '2019-05-15T00:00' });
  });

  it('the desk screen says the window in the event\'s time zone, in its language', async () => {
    const db = await imported();
    const refused = scan(db, '2019-05-14T05:59:00Z') as Extract<CheckinOutcome, { outcome: 'refused' }>;
    const t = await i18next.createInstance().init({ lng: 'ro', resources: { en: { translation: en }, ro: { translation: ro } } });
    expect(refusalText(t, 'ro', refused)).toContain('09:00');
    expect(refusalText(t, 'ro', refused)).not.toContain('06:00');
    const tEn = await i18next.createInstance().init({ lng: 'en', resources: { en: { translation: en } } });
    expect(refusalText(tEn, 'en', refused)).toMatch(/^Ticket not valid yet: valid from .*14.* 09:00\.$/);
  });

  it('keeps "Checked in" as pretix wrote it, in the event zone', async () => {
    const db = await imported();
    expect(person(db, 'a8mwe5rd3hsf')?.checkedInAtSource).toBe('2019-05-14 09:12');
  });

  it('converts the same way when the desk imports on its worker thread', async () => {
    const db = eventWith([]);
    expect(await importFileOffThread(db, DESK, FIXTURE)).toMatchObject({ outcome: 'imported', problems: [] });
    expect(person(db, WINDOW)).toMatchObject({ validFrom: '2019-05-14T09:00', validUntil: '2019-05-14T18:00' });
  });

  it('a generic file\'s "Valid from" / "Valid until" stay venue time', async () => {
    const generic = join(dir, 'generic.csv');
    writeFileSync(generic, `Name,Email,Code,Valid from,Valid until\nZsófia Kádár,zsofia@pbn.hu,${WINDOW},2019-05-14 09:00,2019-05-14 18:00\n`);
    const db = eventWith([]);
    expect(await importFile(db, DESK, generic)).toMatchObject({ preset: 'generic', added: 1, problems: [] });
    expect(person(db, WINDOW)).toMatchObject({ validFrom: '2019-05-14T09:00', validUntil: '2019-05-14T18:00' });
    expect(scan(db, '2019-05-14T05:59:00Z')).toMatchObject({ outcome: 'refused', message: 'Ticket valid from 14 May 09:00.' });
  });
});
