import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attendeeIdByCode, getAttendee } from '../../../db/queries/attendees.ts';
import { activeCheckins } from '../../../db/queries/checkins.ts';
import { listImportBatches } from '../../../db/queries/import-batches.ts';
import { checkIn } from '../../../main/checkin/checkin.ts';
import { apply } from '../../../main/events/apply.ts';
import { newEvent } from '../../../main/events/envelope.ts';
import { importFile } from '../../../main/roster/run-import.ts';
import { DAYS, DESK, eventWith } from '../../helpers/db.ts';
import { dumpAll } from '../../helpers/dump.ts';

const dir = mkdtempSync(join(tmpdir(), 'foyer-reimport-'));
const csv = (name: string, lines: string[]): string => {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
};
const HEADER = 'First name,Last name,Email,Company,Ticket type,Code';
const FIRST = csv('v1.csv', [
  HEADER,
  'Ana-Maria,Căpitanu,ana@cluster.ro,Cluster Mobilitate,Speaker,C001',
  'Ștefan,Cosnița,stefan@tm.ro,Cluster TIC,Participant,C002',
  'Małgorzata,Bieńkowska,m@lodz.pl,Klaster Łódź,Participant,C003',
  'Jürgen,Müller,jm@fraunhofer.de,Fraunhofer,Participant,',
]);
const person = (db: ReturnType<typeof eventWith>, code: string) => getAttendee(db, attendeeIdByCode(db, code) as string);

describe('re-import', () => {
  it('keeps check-ins, applies changes, adds new people and marks the missing', async () => {
    const db = eventWith([]);
    expect(await importFile(db, DESK, FIRST)).toMatchObject({ added: 4, updated: 0, missing: 0 });
    expect(checkIn(db, DESK, { target: { code: 'C001' }, day: DAYS[0] as string }).outcome).toBe('admitted');
    const second = csv('v2.csv', [
      HEADER,
      'Ana-Maria,Căpitanu,ana@cluster.ro,Cluster Mobilitate Urbană,Speaker,C001', // organisation changed
      'Ștefan,Cosnița,stefan@tm.ro,Cluster TIC,Participant,C002', // unchanged
      'Jürgen,Müller,jm@fraunhofer.de,Fraunhofer,Participant,C004', // found by e-mail, gains a code
      'Søren,Østergaard,soren@dk.dk,Clean Cluster,VIP,C005', // new
    ]); // Bieńkowska is gone
    const r = await importFile(db, DESK, second);
    expect(r).toMatchObject({ outcome: 'imported', added: 1, updated: 2, unchanged: 1, missing: 1, problems: [] });
    const ana = person(db, 'C001');
    expect(ana?.organisation).toBe('Cluster Mobilitate Urbană');
    expect(activeCheckins(db, ana?.id as string, DAYS[0] as string)).toHaveLength(1);
    expect(checkIn(db, DESK, { target: { code: 'C001' }, day: DAYS[0] as string }).outcome).toBe('already');
    expect(person(db, 'C004')).toMatchObject({ familyName: 'Müller', codes: ['C004'] });
    expect(person(db, 'C003')).toMatchObject({ missingFromSource: true });
    expect(person(db, 'C005')).toMatchObject({ category: 'vip' });
    expect(listImportBatches(db).find((b) => b.batchId === r.batchId)).toMatchObject({ added: 1, updated: 2, missing: 1 });
    // Back in a later export: no longer missing.
    expect(await importFile(db, DESK, FIRST)).toMatchObject({ missing: 1 });
    expect(person(db, 'C003')?.missingFromSource).toBe(false);
  });

  it('never overwrites a desk edit with the stale export', async () => {
    const db = eventWith([]);
    await importFile(db, DESK, FIRST);
    const id = attendeeIdByCode(db, 'C002') as string;
    apply(db, newEvent(DESK, 'attendee.edited', { attendeeId: id, patch: { familyName: 'Cosniță', displayName: 'Ștefan Cosniță' } }));
    const r = await importFile(db, DESK, FIRST);
    expect(r).toMatchObject({ added: 0, updated: 0, unchanged: 4 });
    expect(getAttendee(db, id)).toMatchObject({ familyName: 'Cosniță', displayName: 'Ștefan Cosniță', organisation: 'Cluster TIC' });
  });

  it('dry run reports what would happen and changes nothing', async () => {
    const db = eventWith([]);
    const before = dumpAll(db);
    const r = await importFile(db, DESK, FIRST, { dryRun: true });
    expect(r).toMatchObject({ outcome: 'dry-run', added: 4, batchId: null });
    expect(dumpAll(db)).toEqual(before);
  });

  it('reports row problems with line numbers and imports the good rows', async () => {
    const db = eventWith([]);
    await importFile(db, DESK, FIRST);
    const path = csv('problems.csv', [
      'Name,Email,Status,Code',
      'Eleni Papadopoulou,eleni@cluster.gr,Paid,G1',
      ',nobody@x.ro,Paid,G2',
      'Dmytro Shevchenko,not-an-email,Paid,G3',
      'Ioana Pop,ioana@x.ro,Maybe,G4',
      'Bogdan Ionescu,bogdan@x.ro,Paid,G1',
      'Someone Else,else@x.ro,Paid,C001',
    ]);
    const r = await importFile(db, DESK, path, { markMissing: false });
    expect(r.problems).toEqual([
      { line: 3, message: 'missing name' },
      { line: 4, message: 'bad e-mail "not-an-email"' },
      { line: 5, message: 'unknown status "Maybe" in column "Status"' },
      { line: 6, message: 'duplicate code "G1" (also on line 2)' },
    ]);
    // C001 belongs to Ana-Maria: the row updates her (a code identifies a person).
    expect(r).toMatchObject({ added: 1, updated: 1, skipped: 4 });
  });

  it('reports a row whose codes belong to two different people', async () => {
    const db = eventWith([]);
    await importFile(db, DESK, FIRST);
    const path = csv('two-owners.csv', ['Name,Code,Barcode', 'Ana-Maria Căpitanu,C001,C002']);
    const r = await importFile(db, DESK, path, { markMissing: false });
    expect(r.problems).toEqual([{ line: 2, message: 'its codes are held by different people (Ana-Maria Căpitanu and Ștefan Cosnița)' }]);
  });

  it('--strict with a bad row imports nothing: the database is unchanged', async () => {
    const db = eventWith([]);
    await importFile(db, DESK, FIRST);
    const before = dumpAll(db);
    const path = csv('strict.csv', [HEADER, 'Ana-Maria,Căpitanu,ana@cluster.ro,Other Org,Speaker,C001', ',,x@y.ro,,,C009']);
    const r = await importFile(db, DESK, path, { strict: true });
    expect(r).toMatchObject({ outcome: 'rejected', problems: [{ line: 3, message: 'missing name' }], batchId: null });
    expect(dumpAll(db)).toEqual(before);
  });
});
