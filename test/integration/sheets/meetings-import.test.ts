import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { meetingsOf } from '../../../db/queries/meetings.ts';
import { importMeetings } from '../../../main/meetings/import-meetings.ts';
import { actor, badgeDb, tempDir } from '../badges/fixture.ts';

describe('meeting import', () => {
  it('reads a Windows-1250, semicolon CSV; matches parties by e-mail, code or name + organisation; reports problems by line', async () => {
    const dir = tempDir('meetings');
    const db = badgeDb(dir);
    db.prepare(`UPDATE attendees SET email = 'kadar@pannon.hu' WHERE id = 'p-kadar'`).run();
    const csv = [
      'Date;Start;End;Table;Participant A e-mail;Participant A code;Participant A name;Participant A organisation;Participant B e-mail;Participant B code;Participant B name;Participant B organisation',
      '14.05.2019;10:00;10:20;T1;kadar@pannon.hu;;;;;T-002;;', // line 2: e-mail and code
      '14.05.2019;10:20;10:40;T2;;;Małgorzata Bieńkowska;Klaster Łódź;;;Zoltan Kadar;PANNON Szovetseg', // line 3: by name + organisation, accents and case free
      '14.05.2019;10:30;10:50;T3;;T-001;;;;;Nobody Known;Nowhere', // line 4: party B unknown
      '14.05.2019;10:10;10:30;T4;;T-001;;;;T-002;;', // line 5: Cosnița already 10:00–10:20
      '14.05.2019;11:00;10:40;T5;;T-001;;;;T-003;;', // line 6: ends before it starts
    ].join('\r\n');
    const file = join(dir, 'meetings.csv');
    writeFileSync(file, iconv.encode(csv, 'windows-1250'));
    const r = await importMeetings(db, actor, file);
    expect(r).toMatchObject({ format: 'csv', encoding: 'windows-1250', delimiter: ';', rowsTotal: 5, imported: 3, skipped: 2 });
    expect(r.mapping).toMatchObject({ start: 'Start', end: 'End', location: 'Table', emailA: 'Participant A e-mail', codeB: 'Participant B code', nameB: 'Participant B name' });
    expect(r.problems).toEqual([
      { line: 4, kind: 'unmatched', message: 'party B: no attendee matches Nobody Known (Nowhere)' },
      { line: 5, kind: 'overlap', message: 'Ioana Cosnița is already in a meeting 10:00–10:20 (line 2)' },
      { line: 6, kind: 'invalid', message: 'no valid end time or duration (end must be after the start)' },
    ]);
    const kadar = meetingsOf(db, 'p-kadar');
    expect(kadar.map((m) => [m.startsAt, m.location, m.counterpartName])).toEqual([
      ['2019-05-14T07:00:00.000Z', 'T1', 'Ioana Cosnița'],
      ['2019-05-14T07:20:00.000Z', 'T2', 'Małgorzata Bieńkowska'],
    ]);
    // The same file again replaces the schedule instead of doubling it.
    await importMeetings(db, actor, file);
    expect(db.prepare('SELECT count(*) FROM meetings').pluck().get()).toBe(3);
  });

  it('accepts a duration instead of an end, and names what is missing', async () => {
    const dir = tempDir('meetings2');
    const db = badgeDb(dir);
    const ok = join(dir, 'ok.csv');
    writeFileSync(ok, 'Start,Duration,Location,Code 1,Code 2\n2019-05-15 14:00,30 min,Room B,T-005,T-007\n');
    const r = await importMeetings(db, actor, ok);
    expect(r.imported).toBe(1);
    expect(meetingsOf(db, 'p-lysenko')[0]).toMatchObject({ startsAt: '2019-05-15T11:00:00.000Z', endsAt: '2019-05-15T11:30:00.000Z', location: 'Room B', counterpartName: 'Γιώργος Παπαδόπουλος' });
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'Start,Location,Code 1\n10:00,T1,T-001\n');
    await expect(importMeetings(db, actor, bad)).rejects.toThrow(/no column for an end time or a duration, party B/);
  });
});
