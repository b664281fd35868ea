import { afterAll, describe, expect, it } from 'vitest';
import { checkIn, undoCheckin } from '../../main/checkin/checkin.ts';
import { dayStats } from '../../main/checkin/stats.ts';
import { DESK, eventWith, personNamed } from '../helpers/db.ts';

const db = eventWith([
  personNamed(1, 'Ana-Maria Căpitanu', { category: 'speaker', country: 'Romania' }),
  personNamed(2, 'Ioana Cosnița', { status: 'cancelled', notes: 'refunded on 2 May' }),
  personNamed(3, 'Zsófia Kádár', { status: 'blocked' }),
  personNamed(4, 'Jörg Strauß', { days: ['2019-05-15'], country: 'Germany' }),
]);
afterAll(() => db.close());
const DAY1 = '2019-05-14';
const at = (iso: string): Date => new Date(iso);

describe('check-in', () => {
  it('admits by ticket code, then answers "already" with when and where', () => {
    const first = checkIn(db, DESK, { target: { code: 'CODE00001' }, day: DAY1, now: at('2019-05-14T06:14:00Z') });
    expect(first.outcome).toBe('admitted');
    const again = checkIn(db, { desk: 'Desk 2', operator: 'Radu' }, { target: { code: 'code00001' }, day: DAY1 });
    expect(again.outcome).toBe('already');
    if (again.outcome !== 'already') throw new Error('unreachable');
    expect(again.first.desk).toBe('Desk 1');
    expect(again.first.at).toBe('2019-05-14T06:14:00.000Z');
    expect(again.first.operator).toBe('Ioana');
  });

  it('records the desk and operator in the event log', () => {
    const r = checkIn(db, { desk: 'Kiosk 1', operator: 'self-service' }, { target: { attendeeId: 'p1' }, day: '2019-05-16' });
    expect(r.outcome).toBe('admitted');
    const e = db.prepare("SELECT desk, operator, type FROM events WHERE type = 'checkin.recorded' ORDER BY seq DESC LIMIT 1").get();
    expect(e).toEqual({ desk: 'Kiosk 1', operator: 'self-service', type: 'checkin.recorded' });
  });

  it.each([
    ['CODE00002', 'cancelled', /cancelled: refunded on 2 May/],
    ['CODE00003', 'blocked', /blocked/],
    ['CODE00004', 'not-entitled', /not valid on 2019-05-14 \(valid: 2019-05-15\)/],
    ['NOPE', 'unknown-code', /Unknown code "NOPE"/],
  ])('refuses %s: %s', (code, reason, message) => {
    const r = checkIn(db, DESK, { target: { code }, day: DAY1 });
    expect(r.outcome).toBe('refused');
    if (r.outcome !== 'refused') throw new Error('unreachable');
    expect(r.reason).toBe(reason);
    expect(r.message).toMatch(message);
  });

  it('refuses a day that is not an event day', () => {
    const r = checkIn(db, DESK, { target: { code: 'CODE00004' }, day: '2019-05-20' });
    expect(r.outcome === 'refused' && r.reason).toBe('not-event-day');
  });

  it('admits on an entitled day, and undo lets the person be checked in again', () => {
    const r = checkIn(db, DESK, { target: { code: 'CODE00004' }, day: '2019-05-15' });
    if (r.outcome !== 'admitted') throw new Error(`expected admitted, got ${r.outcome}`);
    const undone = undoCheckin(db, DESK, r.checkinId);
    expect(undone.undoneBy).toBe('Ioana at Desk 1');
    expect(() => undoCheckin(db, DESK, r.checkinId)).toThrow(/already undone/);
    expect(() => undoCheckin(db, DESK, 'no-such-id')).toThrow(/No check-in/);
    expect(checkIn(db, DESK, { target: { code: 'CODE00004' }, day: '2019-05-15' }).outcome).toBe('admitted');
  });

  it('counts people once per day in the statistics, by category and country, in 15-minute slots', () => {
    const s = dayStats(db, DAY1);
    // Jörg's ticket is for the 15th: he is not one of the 14th's registered, so the cards add up.
    expect(s.registered).toBe(1);
    expect(s.checkedIn).toBe(1);
    expect(s.registered).toBe(s.checkedIn + s.notCheckedIn);
    // Jörg is entitled to the 15th only: nobody active is still expected on the 14th.
    expect(s.notCheckedIn).toBe(0);
    expect(dayStats(db, '2019-05-15').notCheckedIn).toBe(1);
    expect(s.cancelled).toBe(1);
    expect(s.blocked).toBe(1);
    expect(s.byCategory.find((c) => c.key === 'speaker')).toEqual({ key: 'speaker', registered: 1, checkedIn: 1 });
    expect(s.arrivalsPer15Min).toEqual([{ slot: '09:00', arrivals: 1 }]); // 06:14 UTC is 09:14 in Bucharest
  });
});
