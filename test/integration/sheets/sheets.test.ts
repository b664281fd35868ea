import { execFileSync } from 'node:child_process';
import { createWriteStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../db/open.ts';
import { attendeesWithMeetings } from '../../../db/queries/meetings.ts';
import { generateDemo } from '../../../main/demo/generate.ts';
import { createDemoEvent } from '../../../main/demo/seed.ts';
import { apply } from '../../../main/events/apply.ts';
import { newEvent } from '../../../main/events/envelope.ts';
import { emptyFields } from '../../../model/attendee.ts';
import { renderSheetPdf, renderSheetsBatch } from '../../../main/sheets/render-sheet.ts';
import { actor, badgeDb, tempDir } from '../badges/fixture.ts';

function pagesOf(pdf: Buffer, dir: string): string[] {
  const file = join(dir, `sheet-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  return Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }));
}

const MEETING_ROW = /(?<!free )\b\d{2}:\d{2}–\d{2}:\d{2}\b/g;

describe('meeting sheets', () => {
  it('says "No meetings scheduled" for someone without meetings', async () => {
    const dir = tempDir('sheet0');
    const db = badgeDb(dir);
    for (const size of ['A4', 'A5'] as const) {
      const pages = pagesOf(await renderSheetPdf(db, 'p-cosnita', { size }), dir);
      expect(pages).toHaveLength(1);
      expect(pages[0]).toContain('Ioana Cosnița');
      expect(pages[0]).toContain('ASTRICO Nord-Est · Romania');
      expect(pages[0]).toContain('No meetings scheduled');
    }
  });

  it('lists 25 meetings in time order over three pages of ten, the header repeated, gaps shown', async () => {
    const dir = tempDir('sheet25');
    const db = badgeDb(dir);
    const others = Array.from({ length: 25 }, (_, i) => ({ id: `o${i}`, codes: [`O-${i}`], fields: { ...emptyFields(`Partner ${String(i + 1).padStart(2, '0')}`), organisation: `Cluster ${i + 1}`, country: 'SE' } }));
    apply(db, newEvent(actor, 'attendees.imported', { batchId: 'b2', rows: others }));
    // 20-minute meetings from 09:00 Bucharest (06:00 UTC), listed in reverse; a 40-minute break after the 10th.
    const meetings = others.map((o, i) => {
      const start = Date.UTC(2019, 4, 14, 6, 0) + (i * 20 + (i >= 10 ? 40 : 0)) * 60_000;
      return { id: `m${i}`, startsAt: new Date(start).toISOString(), endsAt: new Date(start + 20 * 60_000).toISOString(), location: `Table ${i + 1}`, partyA: i % 2 ? 'p-kadar' : o.id, partyB: i % 2 ? o.id : 'p-kadar' };
    }).reverse();
    apply(db, newEvent(actor, 'meetings.imported', { batchId: 'mm', meetings }));
    for (const size of ['A4', 'A5'] as const) {
      const pages = pagesOf(await renderSheetPdf(db, 'p-kadar', { size }), dir);
      expect(pages, size).toHaveLength(3);
      for (const page of pages) {
        expect(page).toContain('Zoltán Kádár');
        expect(page).toContain('Pannon Szövetség · Hungary');
        expect(page).toContain('European Cluster Conference 2019');
      }
      expect(pages[0]).toContain('My meetings');
      expect(pages[1]).toContain('My meetings (continued)');
      expect(pages[2]).toContain('My meetings (continued)');
      const times = pages.flatMap((p) => p.match(MEETING_ROW) ?? []);
      expect(times).toHaveLength(25);
      expect(times[0]).toBe('09:00–09:20');
      expect(times).toEqual([...times].sort());
      expect(pages[0]!.match(MEETING_ROW)).toHaveLength(10);
      expect(pages[1]!.match(MEETING_ROW)).toHaveLength(10);
      expect(pages.join('\n')).toContain('free 12:20–13:00 (40 min)');
      expect(pages.join('\n')).toMatch(/12:00–12:20\s+Table 10\s+Partner 10\s+Sweden/);
    }
  });

  it("covers every matchmaking participant of the demo event, each meeting on every representative's sheet", async () => {
    const dir = tempDir('demo');
    const db = openDb(join(dir, 'demo.sqlite'));
    const summary = createDemoEvent(db, actor, '2019-05-14');
    expect(summary.meetings).toBe(369);
    const demo = generateDemo(summary.days, 'Europe/Bucharest');
    // Clusters with several people at the event meet as organisations: all of them are representatives.
    const partyIds = new Set(db.prepare('SELECT attendee_id FROM meeting_parties').pluck().all() as string[]);
    const reps = demo.attendees.filter((a) => partyIds.has(a.id));
    expect(reps.length).toBeGreaterThan(demo.attendees.filter((a) => a.clusterIndex !== null).length);
    const ids = attendeesWithMeetings(db);
    expect(new Set(ids)).toEqual(partyIds);
    const appearances = db.prepare('SELECT count(*) FROM meeting_parties').pluck().get() as number;
    const file = join(dir, 'sheets.pdf');
    await renderSheetsBatch(db, ids, createWriteStream(file));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' });
    expect(text.match(MEETING_ROW)).toHaveLength(appearances);
    expect(text.match(/My meetings(?! \(continued\))/g)).toHaveLength(reps.length);
    for (const r of reps) expect(text).toContain(r.fields.displayName);
  });
});
