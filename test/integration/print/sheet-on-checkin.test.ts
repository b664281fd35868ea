import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../db/open.ts';
import { createDemoEvent } from '../../../main/demo/seed.ts';
import { checkInAndPrint } from '../../../main/checkin/check-in-and-print.ts';
import { setDeskRules } from '../../../main/print/desk-rules.ts';
import { documentRenderers } from '../../../main/print/renderers.ts';

const DESK = { desk: 'Desk 1', operator: 'Ioana' };

// The first admission of a matchmaking participant prints their badge and their meeting sheet,
// here through the PDF-folder printer (the CUPS path is covered by the other print tests).
describe('badge and meeting sheet on the first check-in', () => {
  it('prints both for a person with meetings, and only the badge for a person without', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'foyer-sheet-print-'));
    const db = openDb(join(dir, 'foyer.sqlite'));
    createDemoEvent(db, DESK, '2019-05-14');
    const folder = join(dir, 'printed');
    setDeskRules(db, DESK, { badgePrinter: `folder:${folder}`, sheetPrinter: `folder:${folder}`, badgeTemplate: 'a6-portrait' });
    // The demo's room doors already let some people in (and so through the front door): pick others.
    const withMeetings = db.prepare('SELECT party_a FROM meetings WHERE party_a NOT IN (SELECT attendee_id FROM checkins) ORDER BY starts_at LIMIT 1').pluck().get() as string;
    const without = db
      .prepare("SELECT id FROM attendees WHERE status = 'active' AND days IS NULL AND id NOT IN (SELECT attendee_id FROM meeting_parties UNION SELECT attendee_id FROM checkins) LIMIT 1")
      .pluck()
      .get() as string;

    const r = await checkInAndPrint(db, DESK, { target: { attendeeId: withMeetings }, day: '2019-05-14' }, { renderers: documentRenderers });
    expect(r.checkin.outcome).toBe('admitted');
    if (r.print.status !== 'queued') throw new Error(`expected jobs, got ${JSON.stringify(r.print)}`);
    expect(r.print.jobs.map((j) => [j.kind, j.state]).sort()).toEqual([['badge', 'done'], ['sheet', 'done']]);

    const files = readdirSync(folder).map((f) => join(folder, f));
    expect(files).toHaveLength(2);
    const texts = files.map((f) => execFileSync('pdftotext', ['-layout', f, '-'], { encoding: 'utf8' }));
    const sheet = texts.find((t) => t.includes('My meetings')) as string;
    const name = db.prepare('SELECT display_name FROM attendees WHERE id = ?').pluck().get(withMeetings) as string;
    expect(sheet).toContain(name);
    // As a person or as a representative of an organisation (every representative's sheet lists it).
    const meetings = db.prepare('SELECT count(*) FROM meeting_parties WHERE attendee_id = ?').pluck().get(withMeetings) as number;
    expect(sheet.match(/Table \d+/g)).toHaveLength(meetings);
    const sheetFile = files[texts.indexOf(sheet)] as string;
    expect(execFileSync('pdfinfo', [sheetFile], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);

    const plain = await checkInAndPrint(db, DESK, { target: { attendeeId: without }, day: '2019-05-14' }, { renderers: documentRenderers });
    if (plain.print.status !== 'queued') throw new Error(`expected a badge job, got ${JSON.stringify(plain.print)}`);
    expect(plain.print.jobs.map((j) => j.kind)).toEqual(['badge']);
    db.close();
  });
});
