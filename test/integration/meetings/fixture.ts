import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../../db/open.ts';
import { apply } from '../../../main/events/apply.ts';
import { newEvent } from '../../../main/events/envelope.ts';
import { importMeetings, type MeetingImportReport } from '../../../main/meetings/import-meetings.ts';
import { emptyFields } from '../../../model/attendee.ts';
import { actor, badgeDb, tempDir } from '../badges/fixture.ts';

export const ORG = 'Clusterul Regional Nord-Est';

/**
 * The badge roster, plus two colleagues of Ana-Maria Căpitanu (one cancelled), a blocked person
 * and a name a spreadsheet would run as a formula; then a schedule with an organisation as a
 * party, a declined meeting, a meeting with a blocked counterpart and a bad status.
 */
export async function matchmakingDb(): Promise<{ db: Db; dir: string; report: MeetingImportReport; file: string }> {
  const dir = tempDir('matchmaking');
  const db = badgeDb(dir);
  apply(db, newEvent(actor, 'attendees.imported', {
    batchId: 'b2',
    rows: [
      { id: 'p-rusu', codes: ['T-020'], fields: { ...emptyFields('Mihai Rusu'), organisation: ORG, country: 'RO', email: 'mihai@nord-est.ro' } },
      { id: 'p-gone', codes: ['T-021'], fields: { ...emptyFields('Elena Gone'), organisation: 'clusterul regional NORD-EST', status: 'cancelled' as const } },
      { id: 'p-blocked', codes: ['T-022'], fields: { ...emptyFields('Blocked Person'), organisation: 'Somewhere', status: 'blocked' as const } },
      { id: 'p-formula', codes: ['T-023'], fields: { ...emptyFields('=HYPERLINK("http://x","y")'), organisation: '+Formula Org', email: 'f@x.eu' } },
    ],
  }));
  db.prepare(`UPDATE attendees SET email = 'ana@nord-est.ro' WHERE id = 'p-capitanu'`).run();
  db.prepare(`UPDATE attendees SET email = 'kadar@pannon.hu' WHERE id = 'p-kadar'`).run();
  const csv = [
    'Date,Start,End,Table,Status,Sectors,Code A,Organisation A,Code B,Organisation B',
    '14.05.2019,10:00,10:20,T1,Accepted,"ICT; Health",,Clusterul Regional Nord-Est,T-004,', // 2: an organisation meets Kádár
    '14.05.2019,10:20,10:40,T2,Declined,Energy,T-002,,T-004,', // 3: declined
    '14.05.2019,10:40,11:00,T3,confirmed,Energy,T-003,,T-022,', // 4: Bieńkowska meets a blocked person
    '14.05.2019,11:00,11:20,T4,maybe,,T-001,,T-003,', // 5: unknown status
    '14.05.2019,10:20,10:40,T5,accepted,ICT,T-023,,T-004,', // 6: Kádár again at 10:20, the 10:20 one was declined
  ].join('\r\n');
  const file = join(dir, 'schedule.csv');
  writeFileSync(file, csv);
  const report = await importMeetings(db, actor, file);
  return { db, dir, report, file };
}
