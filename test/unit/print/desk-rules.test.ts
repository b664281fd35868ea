import { describe, expect, it } from 'vitest';
import { apply } from '../../../main/events/apply.ts';
import { type Actor, newEvent } from '../../../main/events/envelope.ts';
import { checkIn } from '../../../main/checkin/checkin.ts';
import { printAdmission } from '../../../main/checkin/check-in-and-print.ts';
import type { CheckinResult } from '../../../main/checkin/checkin.ts';
import { deskRules, onCheckin as onAdmission, type PrintOnCheckinOptions, setDeskRules } from '../../../main/print/desk-rules.ts';
import { ACTOR, DAY, seededDb } from '../../integration/print/cups-helpers.ts';

// The queue hears of a check-in as plain data (main/checkin/check-in-and-print.ts printAdmission).
const onCheckin = (db: Parameters<typeof onAdmission>[0], actor: Actor, r: CheckinResult, o?: PrintOnCheckinOptions) => onAdmission(db, actor, printAdmission(r), o);

// The desk's print rules decide what is queued; no spooler is involved (nothing is sent).
describe('desk print rules', () => {
  it('queue the badge on the first admission, with the meeting sheet when the person has meetings', () => {
    const db = seededDb();
    apply(db, newEvent(ACTOR, 'meetings.imported', { batchId: 'm', meetings: [
      { id: 'm1', startsAt: `${DAY}T09:00:00.000Z`, endsAt: `${DAY}T09:20:00.000Z`, location: 'T1', partyA: 'p1', partyB: 'p2' },
    ] }));
    expect(onCheckin(db, ACTOR, checkIn(db, ACTOR, { target: { code: 'T-P1' }, day: DAY }))).toMatchObject({
      status: 'skipped', reason: 'no badge printer is set for desk "Desk P"',
    });
    setDeskRules(db, ACTOR, { badgePrinter: 'folder:/tmp/badges', sheetPrinter: 'folder:/tmp/sheets', badgeTemplate: 'a7' });
    expect(deskRules(db, ACTOR.desk)).toMatchObject({ badgePrinter: 'folder:/tmp/badges', badgeTemplate: 'a7', autoPrint: true });

    const withMeetings = onCheckin(db, ACTOR, checkIn(db, ACTOR, { target: { code: 'T-P2' }, day: DAY }));
    expect(withMeetings.status === 'queued' && withMeetings.jobs.map((j) => [j.kind, j.printer, j.template, j.state])).toEqual([
      ['badge', 'folder:/tmp/badges', 'a7', 'queued'], ['sheet', 'folder:/tmp/sheets', null, 'queued'],
    ]);
    const without = onCheckin(db, ACTOR, checkIn(db, ACTOR, { target: { code: 'T-P3' }, day: DAY }));
    expect(without.status === 'queued' && without.jobs.map((j) => j.kind)).toEqual(['badge']);
  });

  it('do not queue a second badge for a person who has one, unless a reprint is asked for', () => {
    const db = seededDb();
    setDeskRules(db, ACTOR, { badgePrinter: 'folder:/tmp/badges' });
    const first = checkIn(db, ACTOR, { target: { code: 'T-P4' }, day: DAY });
    expect(onCheckin(db, ACTOR, first).status).toBe('queued');
    expect(onCheckin(db, ACTOR, first)).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/^already has a badge \(queued/) });
    const again = checkIn(db, ACTOR, { target: { code: 'T-P4' }, day: DAY });
    expect(onCheckin(db, ACTOR, again)).toMatchObject({ status: 'skipped' });
    const reprint = onCheckin(db, ACTOR, again, { reprint: true });
    expect(reprint.status === 'queued' && reprint.jobs.map((j) => j.reprint)).toEqual([1]);
    const refused = checkIn(db, ACTOR, { target: { code: 'NOPE' }, day: DAY });
    expect(onCheckin(db, ACTOR, refused)).toEqual({ status: 'skipped', code: 'not-admitted', reason: 'not admitted' });
  });
});
