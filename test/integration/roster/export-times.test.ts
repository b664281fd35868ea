import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, expect, it } from 'vitest';
import { checkIn } from '../../../main/checkin/checkin.ts';
import { exportList } from '../../../main/roster/export.ts';
import { DESK, eventWith, personNamed } from '../../helpers/db.ts';

const db = eventWith([personNamed(1, 'Ana-Maria Căpitanu'), personNamed(2, 'Лариса Лисенко')]);
afterAll(() => db.close());

it('exports each check-in at the venue clock as well as in UTC', async () => {
  // Bucharest is UTC+3 in May: 06:45 UTC is 09:45 at the venue, and 21:30 UTC is past midnight.
  checkIn(db, DESK, { target: { code: 'CODE00001' }, day: '2019-05-14', now: new Date('2019-05-14T06:45:00Z') });
  checkIn(db, DESK, { target: { code: 'CODE00002' }, day: '2019-05-16', now: new Date('2019-05-15T21:30:00Z') });
  const file = join(dirname(db.name), 'checkins.csv');
  expect((await exportList(db, 'checkins', file)).rows).toBe(2);

  const [header, ...rows] = parse(readFileSync(file, 'utf8'), { bom: true }) as string[][];
  expect(header?.slice(0, 4)).toEqual(['Day', 'Time (Europe/Bucharest)', 'Checked in at (UTC)', 'Name']);
  expect(rows.map((r) => r.slice(0, 4))).toEqual([
    ['2019-05-14', '09:45', '2019-05-14T06:45:00.000Z', 'Ana-Maria Căpitanu'],
    ['2019-05-16', '00:30', '2019-05-15T21:30:00.000Z', 'Лариса Лисенко'],
  ]);
});
