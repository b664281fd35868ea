import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../db/open.ts';
import { recordExportedFile } from '../../../db/queries/privacy.ts';
import { startBackground } from '../../../main/api/background.ts';
import { UpdateBus } from '../../../main/api/updates.ts';
import { PURGE_EVENT } from '../../../main/privacy/purge-events.ts';
import { takeStatsSnapshot } from '../../../main/privacy/stats-snapshot.ts';
import { apply } from '../../../main/events/apply.ts';
import { newEvent } from '../../../main/events/envelope.ts';
import { finishPendingPurge } from '../../../main/privacy/cleanup.ts';
import { purgeConference } from '../../../main/privacy/purge.ts';
import { emptyFields } from '../../../model/attendee.ts';
import { DESK, eventWith, personNamed, tempDbPath } from '../../helpers/db.ts';

const foyer = (db: string, args: string[]) => {
  const r = spawnSync(process.execPath, ['bin/foyer.js', '--db', db, '--desk', 'Desk 2', '--operator', 'Mihai', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const csvRows = (file: string): string[][] =>
  readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n').map((l) => l.split(','));

describe('consent and the published participant list', () => {
  it('imports consent from a column of the generic mapping, lets the desk set it, and lists only those who agreed', () => {
    const path = tempDbPath();
    const dir = dirname(path);
    expect(foyer(path, ['event', 'create', '--name', 'ECC', '--start', '2019-05-14']).code).toBe(0);
    const csv = join(dir, 'roster.csv');
    writeFileSync(csv, [
      'Vorname,Nachname,E-Mail,Firma,Einwilligung,Code',
      'Ana,Popescu,ana@example.org,Klaster,ja,C1',
      'Jürgen,Müller,j@example.org,Fraunhofer,nein,C2',
      '=cmd,"@SUM(A1)",x@example.org,"+Evil",yes,C3',
      'Eleni,Papadopoulou,e@example.org,Pannon,,C4',
    ].join('\n'));
    const imported = foyer(path, ['--json', 'import', csv, '--dry-run']);
    expect(JSON.stringify(JSON.parse(imported.out))).toMatch(/"Einwilligung".{0,40}"consent"/);
    expect(foyer(path, ['import', csv]).code).toBe(0);

    // At the desk: Eleni agrees (an edit, like any other; it travels to the other desks).
    const db = openDb(path);
    const eleni = db.prepare("SELECT id FROM attendees WHERE family_name = 'Papadopoulou'").pluck().get() as string;
    apply(db, newEvent(DESK, 'attendee.edited', { attendeeId: eleni, patch: { publishConsent: true } }));
    db.close();

    const out = join(dir, 'participants.csv');
    const r = foyer(path, ['--json', 'export', 'participants', '-o', out]);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ list: 'participants', rows: 3 });
    const rows = csvRows(out);
    expect(rows[0]).toEqual(['Name', 'First name', 'Family name', 'Organisation', 'Job title', 'Country']);
    expect(rows.slice(1).map((row) => row[2])).toEqual(["'@SUM(A1)", 'Papadopoulou', 'Popescu']);
    expect(rows[1]?.[1]).toBe("'=cmd");
    expect(rows[1]?.[3]).toBe("'+Evil");
    expect(readFileSync(out, 'utf8')).not.toMatch(/example\.org|Müller|C1/);
    expect(foyer(path, ['export', 'participants', '-o', join(dir, 'p.xlsx')]).code).toBe(0);
    expect(foyer(path, ['export', 'participants', '-o', join(dir, 'p.txt')]).code).toBe(2);
  }, 180_000);
});

describe('the audit log export', () => {
  it('lists every event with venue time, desk, operator and what, naming people only by id', () => {
    const path = tempDbPath();
    const db = eventWith([personNamed(1, 'Ana Popescu', { email: 'ana@example.org', notes: 'wheelchair' })], path);
    db.close();
    expect(foyer(path, ['checkin', 'CODE00001', '--day', '2019-05-14']).code).toBe(0);
    const out = join(dirname(path), 'audit.csv');
    const r = foyer(path, ['--json', 'export', 'audit', '-o', out]);
    expect(r.code, r.err).toBe(0);
    const rows = csvRows(out);
    expect(rows[0]).toEqual(['Day (Europe/Bucharest)', 'Time (Europe/Bucharest)', 'At (UTC)', 'Desk', 'Operator', 'What', 'Attendee id', 'Detail', 'Event id']);
    expect(rows.map((row) => row[5])).toEqual(['What', 'event.configured', 'attendees.imported', 'checkin.recorded']);
    const checkin = rows[3] as string[];
    expect(checkin.slice(3, 8)).toEqual(['Desk 2', 'Mihai', 'checkin.recorded', 'p1', '"day 2019-05-14; by code"']);
    expect(checkin[1]).toMatch(/^\d\d:\d\d$/);
    expect(rows[2]?.[7]).toBe('"people: 1; batch test"');
    expect(readFileSync(out, 'utf8')).not.toMatch(/Popescu|example\.org|wheelchair|CODE00001/);
  }, 180_000);
});

describe('after a purge', () => {
  it('an event from before it, arriving late from another desk, is logged without its payload and not applied', () => {
    const db = eventWith([personNamed(1, 'Ana Popescu')]);
    const late = newEvent({ desk: 'Desk 9', operator: 'x' }, 'attendee.added',
      { id: 'late', codes: ['LATE1'], fields: { ...emptyFields('Late Comer'), email: 'late@example.org' }, source: 'desk' }, new Date(Date.now() - 60_000));
    purgeConference(db, DESK, 'European Cluster Conference 2019');
    apply(db, late, 'remote');
    expect(db.prepare('SELECT count(*) FROM attendees').pluck().get()).toBe(0);
    expect(db.prepare('SELECT payload FROM events WHERE id = ?').pluck().get(late.id)).toBe('{}');
    // One made after the purge is applied as usual.
    apply(db, { ...late, id: 'after', at: new Date(Date.now() + 1_000).toISOString() }, 'remote');
    expect(db.prepare('SELECT count(*) FROM attendees').pluck().get()).toBe(1);
    db.close();
  });
});

describe('a purge applied but not finished', () => {
  it('(a crash before its files and VACUUM) is finished by the open desk', async () => {
    const path = tempDbPath();
    const db = eventWith([personNamed(1, 'Ana Popescu')], path);
    const file = join(dirname(path), 'no-shows.csv');
    writeFileSync(file, 'Ana Popescu\r\n');
    recordExportedFile(db, file, 'no-shows');
    // The reducer's part only, as a desk that stopped right after the commit would leave it.
    apply(db, newEvent(DESK, PURGE_EVENT, { stats: takeStatsSnapshot(db) }));
    expect(existsSync(file)).toBe(true);
    const background = startBackground(db, DESK, new UpdateBus(), { print: false });
    await expect.poll(() => db.prepare('SELECT cleanup_pending FROM stats_snapshot').pluck().get(), { timeout: 10_000 }).toBe(0);
    expect(existsSync(file)).toBe(false);
    await background.stop();
    db.close();
  });
});

describe('the retention date', () => {
  it('is set with the event, and `foyer event show` says when it is past', () => {
    const path = tempDbPath();
    expect(foyer(path, ['event', 'create', '--name', 'ECC', '--start', '2019-05-14', '--retain-until', '2019-08-31']).code).toBe(0);
    const shown = foyer(path, ['event', 'show']);
    expect(shown.code).toBe(0);
    expect(shown.out).toMatch(/Personal data: kept until 2019-08-31 \(PAST: purge it with `foyer purge/);
    expect(JSON.parse(foyer(path, ['--json', 'event', 'show']).out)).toMatchObject({ retentionUntil: '2019-08-31', retention: { overdue: true } });
    expect(foyer(path, ['event', 'create', '--name', 'ECC', '--start', '2019-05-14', '--retain-until', '31.08.2019']).code).toBe(2);
    // A date still ahead is no reminder.
    expect(foyer(path, ['event', 'create', '--name', 'ECC', '--start', '2019-05-14', '--retain-until', '2999-01-01']).code).toBe(0);
    expect(foyer(path, ['event', 'show']).out).toMatch(/kept until 2999-01-01\n/);
  }, 180_000);
});

describe('two desks purging at once', () => {
  it('end with the same figures whatever order the purges arrive in', () => {
    const people = [personNamed(1, 'Ana Popescu'), personNamed(2, 'Jan Nowak')];
    const source = eventWith(people);
    const fuller = newEvent({ desk: 'Desk A', operator: 'a' }, PURGE_EVENT, { stats: takeStatsSnapshot(source) }, new Date(Date.now() - 1_000));
    source.close();
    const emptied = eventWith([]);
    const later = newEvent({ desk: 'Desk B', operator: 'b' }, PURGE_EVENT, { stats: takeStatsSnapshot(emptied) });
    emptied.close();
    const kept = [[fuller, later], [later, fuller]].map((order) => {
      const db = eventWith(people);
      for (const e of order) apply(db, e, 'remote');
      const row = db.prepare('SELECT event_id, stats FROM stats_snapshot').get() as { event_id: string; stats: string };
      expect(db.prepare('SELECT count(*) FROM attendees').pluck().get()).toBe(0);
      db.close();
      return row;
    });
    expect(kept[0]).toEqual(kept[1]);
    expect(kept[0]?.event_id).toBe(fuller.id);
  });
});

describe('a purge while another connection reads', () => {
  it('empties the logs once the reader is done', () => {
    const path = tempDbPath();
    const db = eventWith([personNamed(1, 'Ana Popescu'), personNamed(2, 'Jan Nowak')], path);
    const reader = openDb(path);
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM attendees').get();
    const report = purgeConference(db, DESK, 'European Cluster Conference 2019');
    expect(report.cleanup?.logsEmptied).toBe(false);
    expect(db.prepare('SELECT cleanup_pending FROM stats_snapshot').pluck().get()).toBe(2);
    reader.exec('COMMIT');
    reader.close();
    finishPendingPurge(db);
    expect(db.prepare('SELECT cleanup_pending FROM stats_snapshot').pluck().get()).toBe(0);
    expect(statSync(`${path}-wal`).size).toBe(0);
    expect(readFileSync(path).includes('Popescu')).toBe(false);
    db.close();
  });
});
