import { describe, expect, it } from 'vitest';
import { hasMeetings } from '../../../db/queries/print-jobs.ts';
import { meetingsOf } from '../../../db/queries/meetings.ts';
import { checkIn } from '../../../main/checkin/checkin.ts';
import { confirmByBadges } from '../../../main/meetings/confirm.ts';
import { importMeetings } from '../../../main/meetings/import-meetings.ts';
import { meetingsReport } from '../../../main/meetings/report.ts';
import { reportTable } from '../../../main/meetings/report-export.ts';
import { csvBytes } from '../../../main/roster/write-table.ts';
import { renderSheetPdf } from '../../../main/sheets/render-sheet.ts';
import { actor, joinLines, pdfText } from '../badges/fixture.ts';
import { matchmakingDb, ORG } from './fixture.ts';

describe('matchmaking schedule: status and organisations as parties', () => {
  it('imports the status, an organisation party with all its people, and reports a bad status by line', async () => {
    const { db, report, file } = await matchmakingDb();
    expect(report).toMatchObject({ rowsTotal: 5, imported: 4, cancelled: 1, organisationMeetings: 1, skipped: 1 });
    // The declined 10:20 meeting does not make Kádár's other 10:20 meeting an overlap.
    expect(report.problems).toEqual([{ line: 5, kind: 'invalid', message: 'status "maybe" is not a meeting status (e.g. confirmed, cancelled, declined)' }]);
    expect(report.mapping).toMatchObject({ status: 'Status', sectors: 'Sectors', organisationA: 'Organisation A' });

    // Every representative's sheet lists the organisation's meeting (accents and case do not split it).
    for (const rep of ['p-capitanu', 'p-rusu', 'p-gone']) {
      expect(meetingsOf(db, rep).map((m) => [m.location, m.forOrganisation, m.counterpartName]), rep).toEqual([['T1', ORG, 'Zoltán Kádár']]);
      expect(hasMeetings(db, rep)).toBe(true);
    }
    const kadar = meetingsOf(db, 'p-kadar', { withCancelled: true });
    // The desk's card and the fold badge leave the declined meeting out.
    expect(meetingsOf(db, 'p-kadar').map((m) => m.location)).toEqual(['T1', 'T5']);
    expect(kadar.map((m) => [m.location, m.status, m.counterpartKind, m.counterpartName])).toEqual([
      ['T1', 'scheduled', 'organisation', ORG],
      ['T2', 'cancelled', 'person', 'Ioana Cosnița'],
      ['T5', 'scheduled', 'person', '=HYPERLINK("http://x","y")'],
    ]);
    expect(kadar[0]?.counterpartOrganisation).toBe('Ana-Maria Căpitanu, Mihai Rusu, Elena Gone');
    expect(meetingsOf(db, 'p-bienkowska')[0]?.counterpartStatus).toBe('blocked');

    // A re-import of the same export moves nothing and adds nothing.
    const ids = db.prepare('SELECT id FROM meetings ORDER BY id').pluck().all();
    await importMeetings(db, actor, file);
    expect(db.prepare('SELECT id FROM meetings ORDER BY id').pluck().all()).toEqual(ids);
    expect(db.prepare('SELECT count(*) FROM meeting_parties').pluck().get()).toBe(3 + 1 + 2 + 2 + 2);
  });

  it('strikes a cancelled meeting through on the sheet and marks a counterpart who cannot come', async () => {
    const { db } = await matchmakingDb();
    const kadar = joinLines(pdfText(await renderSheetPdf(db, 'p-kadar')));
    expect(kadar).toContain(ORG);
    expect(kadar).toContain('Ana-Maria Căpitanu, Mihai Rusu, Elena Gone');
    expect(kadar).toContain('Cancelled: this meeting will not take place.');
    const bienkowska = joinLines(pdfText(await renderSheetPdf(db, 'p-bienkowska')));
    expect(bienkowska).toContain('Blocked Person cannot be admitted: ask the matchmaking desk.');
    const rusu = joinLines(pdfText(await renderSheetPdf(db, 'p-rusu')));
    expect(rusu).toContain(`For ${ORG}`);
    // Only Elena Gone of the organisation cancelled: it still stands, unmarked.
    expect(kadar).not.toContain(`representative of ${ORG} cancelled`);
    db.prepare(`UPDATE attendees SET status = 'cancelled' WHERE organisation = ?`).run(ORG);
    expect(joinLines(pdfText(await renderSheetPdf(db, 'p-kadar')))).toContain(`Every representative of ${ORG} cancelled their registration`);
  });

  it('any representative stands for the organisation: their badge and the counterpart\u2019s confirm the meeting', async () => {
    const { db } = await matchmakingDb();
    const now = new Date('2019-05-14T07:05:00Z'); // 10:05 in Bucharest
    const r = confirmByBadges(db, actor, 'T-020', 'T-004', { now, place: 'Table 1' });
    expect(r).toMatchObject({ kind: 'confirmed', meeting: { location: 'T1', a: { label: ORG } }, held: { method: 'badges', place: 'Table 1', desk: 'Desk 1' } });
    expect(confirmByBadges(db, actor, 'T-004', 'T-001', { now })).toMatchObject({ kind: 'already' });
    expect(db.prepare('SELECT count(*) FROM meeting_confirmations').pluck().get()).toBe(1);
    // The declined meeting cannot be confirmed; two people without a meeting are told so.
    expect(confirmByBadges(db, actor, 'T-002', 'T-004', { now })).toMatchObject({ kind: 'refused', reason: 'no-meeting' });
    expect(confirmByBadges(db, actor, 'T-020', 'T-020', { now })).toMatchObject({ kind: 'refused', reason: 'same-person' });
    // On another day there is no meeting between them.
    expect(confirmByBadges(db, actor, 'T-002', 'T-004', { now: new Date('2019-05-15T07:05:00Z') })).toMatchObject({ kind: 'refused', reason: 'no-meeting' });
  });

  it('reports held / scheduled / cancelled by organisation and sector, and the no-shows with both sides\u2019 contacts', async () => {
    const { db } = await matchmakingDb();
    confirmByBadges(db, actor, 'T-001', 'T-004', { now: new Date('2019-05-14T07:05:00Z') });
    // Only Mihai Rusu came to the event that day: his presence counts for the organisation.
    expect(checkIn(db, actor, { target: { code: 'T-020' }, day: '2019-05-14' }).outcome).toBe('admitted');
    expect(checkIn(db, actor, { target: { code: 'T-003' }, day: '2019-05-14' }).outcome).toBe('admitted');
    const r = meetingsReport(db, new Date('2019-05-14T12:00:00Z'), { withMeetings: true });
    expect(r.totals).toEqual({ scheduled: 3, held: 1, noShow: 2, upcoming: 0, cancelled: 1 });
    expect(r.bySector).toEqual([
      { sector: 'ICT', scheduled: 2, held: 1, noShow: 1, upcoming: 0, cancelled: 0 },
      { sector: 'Health', scheduled: 1, held: 1, noShow: 0, upcoming: 0, cancelled: 0 },
      { sector: 'Energy', scheduled: 1, held: 0, noShow: 1, upcoming: 0, cancelled: 1 },
    ]);
    expect(r.byOrganisation.find((o) => o.organisation === ORG)).toMatchObject({ scheduled: 1, held: 1 });
    expect(r.byOrganisation.find((o) => o.organisation === 'Pannon Szövetség')).toMatchObject({ scheduled: 2, held: 1, noShow: 1, cancelled: 1 });
    const held = r.meetings.find((m) => m.location === 'T1');
    expect(held?.a).toMatchObject({ kind: 'organisation', label: ORG, present: true });
    expect(held?.b).toMatchObject({ kind: 'person', present: false });
    expect(r.noShows.map((m) => [m.location, m.a.present, m.b.present, m.b.people.map((p) => p.email)])).toEqual([
      ['T5', false, false, ['kadar@pannon.hu']],
      ['T3', true, false, ['']],
    ]);
    // Exported, the formula-looking name stays text.
    const csv = csvBytes(reportTable(r, 'Europe/Bucharest')).toString('utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).toContain("'+Formula Org");
    expect(csv).toMatch(/T5,not held,/);
  });
});
