import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { allSessions, isRegistered } from '../../db/queries/sessions.ts';
import { checkInSession } from '../../main/sessions/checkin.ts';
import { writeSessionList } from '../../main/sessions/export.ts';
import { importProgramme } from '../../main/sessions/import-programme.ts';
import { importRegistrations } from '../../main/sessions/import-registrations.ts';
import { findSession } from '../../main/sessions/programme.ts';
import { DESK, eventWith, personNamed, tempDbPath } from '../helpers/db.ts';

const dir = mkdtempSync(join(tmpdir(), 'foyer-sessions-import-'));
const dbPath = tempDbPath();
const db = eventWith([
  personNamed(1, 'Ana-Maria Căpitanu', { email: 'ana@imago-mol.ro' }),
  personNamed(2, 'Daniel Cosnița', { email: 'daniel@clustero.eu' }),
  personNamed(3, '=HYPERLINK("http://evil")', { email: 'evil@example.org' }),
], dbPath);
afterAll(() => db.close());
const sessionsCount = (): number => db.prepare('SELECT count(*) FROM sessions').pluck().get() as number;

// A Romanian programme exported from Excel as Windows-1250 with semicolons (which has ş and ţ with a
// cedilla, not the comma-below letters).
const PROGRAMME = [
  'Titlu;Sală;Data;Început;Sfârşit;Capacitate;Tip;Vorbitori;Acces',
  'Deschidere oficială;Sala Unirii;14.05.2019;09:30;11:00;;plenară;Ministrul Economiei;', // line 2
  'Digitalizare şi deficitul de competenţe;Sala Nicolae Bălcescu;14.05.2019;11:30;13:00;80;workshop;;', // line 3
  'Masă rotundă;Sala Unirii;14.05.2019;14:30;16:00;;roundtable;;speaker, press', // line 4
  'Clusterele româneşti se prezintă;Sala Brătianu;16.05.2019;11:30;13:30;120;side event;Daniel Cosniţa;înregistraţi', // line 5
  ';Sala X;14.05.2019;10:00;11:00;;;;', // line 6: no title
  'Ora greșită;Sala X;14.05.2019;25:00;11:00;;;;', // line 7: start not a time
  'Invers;Sala X;14.05.2019;14:00;13:00;;;;', // line 8: ends before it starts
  'Locuri;Sala X;14.05.2019;14:00;15:00;zece;;;', // line 9: capacity
  'Altă zi;Sala X;20.05.2019;14:00;15:00;;;;', // line 10: not a day of the event
  'Deschidere oficială;Sala Unirii;14.05.2019;09:30;11:00;;plenară;;', // line 11: same session as line 2
].join('\r\n');

describe('programme import', () => {
  it('reads Romanian headers in Windows-1250, reports bad rows by line, writes the good ones', async () => {
    const file = join(dir, 'programme.csv');
    writeFileSync(file, iconv.encode(PROGRAMME, 'windows-1250'));
    const r = await importProgramme(db, DESK, file);
    expect(r).toMatchObject({ encoding: 'windows-1250', delimiter: ';', rowsTotal: 10, added: 4, updated: 0, skipped: 6 });
    expect(r.mapping).toMatchObject({ title: 'Titlu', room: 'Sală', date: 'Data', start: 'Început', end: 'Sfârşit', capacity: 'Capacitate', speakers: 'Vorbitori' });
    expect(r.problems).toEqual([
      { line: 6, message: 'no title' },
      { line: 7, message: 'start "25:00" is not a time' },
      { line: 8, message: 'ends (13:00) before it starts (14:00)' },
      { line: 9, message: 'capacity "zece" is not a whole number of seats' },
      { line: 10, message: '2019-05-20 is not a day of the event (2019-05-14, 2019-05-15, 2019-05-16)' },
      { line: 11, message: 'the same session as line 2' },
    ]);
    const round = findSession(db, 'Masă rotundă');
    expect(round).toMatchObject({ access: 'category', categories: ['speaker', 'press'], startsAt: '2019-05-14T11:30:00.000Z', day: '2019-05-14' });
    expect(findSession(db, 'Clusterele româneşti se prezintă')).toMatchObject({ access: 'registered', capacity: 120, day: '2019-05-16', type: 'side event' });
  });

  it('changes nothing with --strict when a row is bad, or on a dry run', async () => {
    const file = join(dir, 'programme-strict.csv');
    writeFileSync(file, 'Title,Room,Start,End\nNew talk,Sala X,2019-05-15 10:00,2019-05-15 11:00\nBroken,Sala X,later,2019-05-15 11:00\n');
    const before = sessionsCount();
    const strict = await importProgramme(db, DESK, file, { strict: true });
    expect(strict).toMatchObject({ dryRun: true, added: 0, problems: [{ line: 3, message: 'start "later" is not a time' }] });
    expect((await importProgramme(db, DESK, file, { dryRun: true })).dryRun).toBe(true);
    expect(sessionsCount()).toBe(before);
  });

  it('merges a re-import by (title, start), and by the session id when the file has one', async () => {
    const file = join(dir, 'programme-v2.csv');
    writeFileSync(file, [
      'Title,Room,Date,Start,End,Capacity,Type',
      'Deschidere oficială,Sala Unirii (moved),2019-05-14,09:30,11:15,500,plenary',
    ].join('\n'));
    const before = sessionsCount();
    const opening = findSession(db, 'Deschidere oficială');
    const r = await importProgramme(db, DESK, file);
    expect(r).toMatchObject({ added: 0, updated: 1 });
    expect(sessionsCount()).toBe(before);
    expect(findSession(db, opening.id)).toMatchObject({ room: 'Sala Unirii (moved)', capacity: 500, endsAt: '2019-05-14T08:15:00.000Z' });
    const byId = join(dir, 'programme-ids.csv');
    writeFileSync(byId, `Session id,Title,Start,End\n${opening.id},Official opening,2019-05-14 09:00,2019-05-14 11:00\n`);
    expect(await importProgramme(db, DESK, byId)).toMatchObject({ added: 0, updated: 1 });
    expect(findSession(db, opening.id)).toMatchObject({ title: 'Official opening', startsAt: '2019-05-14T06:00:00.000Z' });
    expect(sessionsCount()).toBe(before);
  });

  it('reads an XLSX programme with date and time cells', async () => {
    const { default: excel } = await import('exceljs');
    const book = new excel.Workbook();
    const sheet = book.addWorksheet('Program');
    sheet.addRow(['Title', 'Room', 'Date', 'Start', 'End', 'Capacity']);
    sheet.addRow(['Awards ceremony', 'Sala Unirii', new Date(Date.UTC(2019, 4, 15)), new Date(Date.UTC(1899, 11, 30, 18, 0)), new Date(Date.UTC(1899, 11, 30, 19, 30)), 400]);
    const file = join(dir, 'programme.xlsx');
    await book.xlsx.writeFile(file);
    const r = await importProgramme(db, DESK, file);
    expect(r).toMatchObject({ format: 'xlsx', added: 1, problems: [] });
    expect(findSession(db, 'Awards ceremony')).toMatchObject({ startsAt: '2019-05-15T15:00:00.000Z', endsAt: '2019-05-15T16:30:00.000Z', capacity: 400 });
  });
});

describe('registrations import and lists', () => {
  it('matches sessions by title or id and people by code or e-mail; reports the rest by line, in one transaction', async () => {
    const side = findSession(db, 'Clusterele româneşti se prezintă');
    const file = join(dir, 'registrations.csv');
    writeFileSync(file, [
      'Sesiune,Cod,Email',
      'Clusterele româneşti se prezintă,CODE00001,', // line 2
      `${side.id},,DANIEL@clustero.eu`, // line 3: by id and e-mail, any case
      'Nu există,CODE00001,', // line 4: unknown session
      'Clusterele româneşti se prezintă,NOPE,', // line 5: unknown person
      'Clusterele româneşti se prezintă,,evil@example.org', // line 6
    ].join('\n'));
    const r = await importRegistrations(db, DESK, file);
    expect(r).toMatchObject({ registered: 3, skipped: 2 });
    expect(r.problems).toEqual([
      { line: 4, message: 'no session with id or title "Nu există"' },
      { line: 5, message: 'no attendee matches code NOPE' },
    ]);
    expect(['p1', 'p2', 'p3'].map((p) => isRegistered(db, side.id, p))).toEqual([true, true, true]);
  });

  it('writes attendance and no-shows with venue time and formulas kept as text', async () => {
    const side = findSession(db, 'Clusterele româneşti se prezintă');
    expect(checkInSession(db, DESK, { sessionId: side.id, target: { code: 'CODE00003' }, now: new Date('2019-05-16T08:35:00Z') }).outcome).toBe('admitted');
    const attendance = join(dir, 'attendance.csv');
    expect(await writeSessionList(db, side, 'attendance', attendance)).toBe(1);
    const text = readFileSync(attendance, 'utf8');
    expect(text).toContain('Time (Europe/Bucharest)');
    expect(text).toContain(',11:35,2019-05-16T08:35:00.000Z,');
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const noShows = join(dir, 'no-shows.xlsx');
    expect(await writeSessionList(db, side, 'no-shows', noShows)).toBe(2);
    const { default: excel } = await import('exceljs');
    const book = new excel.Workbook();
    await book.xlsx.readFile(noShows);
    const names = book.worksheets[0]?.getColumn(4).values.slice(2);
    expect(names).toEqual(['Ana-Maria Căpitanu', 'Daniel Cosnița']);
  });

  it('runs from the command line: line-numbered errors, exit codes, list --json with counts', () => {
    const file = join(dir, 'cli-programme.csv');
    writeFileSync(file, 'Title,Start,End,Capacity\nCLI talk,2019-05-14 15:00,2019-05-14 16:00,1\nBad,2019-05-14 15:00,,\n');
    const foyer = (...args: string[]) => spawnSync(process.execPath, ['bin/foyer.js', '--db', dbPath, ...args], { encoding: 'utf8' });
    const imported = foyer('sessions', 'import', file);
    expect(imported.status).toBe(1);
    expect(imported.stdout).toContain('line 3: no end time');
    const list = JSON.parse(foyer('--json', 'sessions', 'list', '--day', '2019-05-14').stdout) as { title: string; admitted: number; capacity: number | null }[];
    expect(list.find((s) => s.title === 'CLI talk')).toMatchObject({ admitted: 0, capacity: 1 });
    const first = foyer('checkin', 'CODE00001', '--session', 'CLI talk', '--day', '2019-05-14');
    expect([first.status, first.stdout]).toEqual([0, expect.stringContaining('ADMITTED')]);
    expect(foyer('checkin', 'CODE00001', '--session', 'CLI talk', '--day', '2019-05-14').status).toBe(3);
    const full = foyer('--json', 'checkin', 'CODE00002', '--session', 'CLI talk', '--day', '2019-05-14');
    expect(full.status).toBe(4);
    expect(JSON.parse(full.stdout)).toMatchObject({ outcome: 'refused', reason: 'session-full' });
    expect(foyer('checkin', 'CODE00001', '--session', 'No such session').status).toBe(2);
    expect(allSessions(db).length).toBeGreaterThan(4);
  });

  it('undoes a room-door check-in from the command line, with a reason: the seat is free again', () => {
    const foyer = (...args: string[]) => spawnSync(process.execPath, ['bin/foyer.js', '--db', dbPath, ...args], { encoding: 'utf8' });
    expect(foyer('checkin', 'CODE00001', '--session', 'CLI talk', '--undo').status).toBe(2); // no reason
    const undone = foyer('checkin', 'CODE00001', '--session', 'CLI talk', '--undo', '--reason', 'scanned the wrong badge');
    expect([undone.status, undone.stdout]).toEqual([0, expect.stringMatching(/UNDONE {2}Ana-Maria Căpitanu is no longer in "CLI talk" .* 0 \/ 1/)]);
    const nothing = foyer('checkin', 'CODE00001', '--session', 'CLI talk', '--undo', '--reason', 'again');
    expect([nothing.status, nothing.stderr]).toEqual([2, expect.stringContaining('not checked in to "CLI talk": there is nothing to undo')]);
    // The seat is free: the person refused as "full" is let in, and can be undone by the check-in's id.
    const next = foyer('--json', 'checkin', 'CODE00002', '--session', 'CLI talk', '--day', '2019-05-14');
    expect(next.status).toBe(0);
    const { checkinId } = JSON.parse(next.stdout) as { checkinId: string };
    expect(foyer('undo', checkinId, '--reason', 'wrong room').status).toBe(0);
    expect(foyer('undo', checkinId, '--reason', 'wrong room').stderr).toContain('already undone');
    expect(foyer('checkin', 'CODE00001', '--session', 'CLI talk', '--day', '2019-05-14').status).toBe(0);
  });
});
