import { afterAll, describe, expect, it } from 'vitest';
import { readConference } from '../../db/queries/conference.ts';
import { activeCheckins } from '../../db/queries/checkins.ts';
import { signBadgeToken } from '../../main/badges/token.ts';
import { checkIn } from '../../main/checkin/checkin.ts';
import { zonedToUtc } from '../../model/dates.ts';
import { apply } from '../../main/events/apply.ts';
import { newEvent } from '../../main/events/envelope.ts';
import { checkInSession, type SessionCheckinResult } from '../../main/sessions/checkin.ts';
import type { SessionDefinition } from '../../main/sessions/events.ts';
import { doorStatus, fillOverTime, findSession, programme } from '../../main/sessions/programme.ts';
import { DESK, eventWith, personNamed } from '../helpers/db.ts';

const TZ = 'Europe/Bucharest';
const DAY1 = '2019-05-14';
const DAY2 = '2019-05-15';
const db = eventWith([
  personNamed(1, 'Ana-Maria Căpitanu', { category: 'speaker' }),
  personNamed(2, 'Ioana Cosnița', { status: 'cancelled', notes: 'refunded' }),
  personNamed(3, 'Zsófia Kádár', { status: 'blocked' }),
  personNamed(4, 'Jörg Strauß', { days: [DAY2] }),
  personNamed(5, 'Bianca Muntean'),
  personNamed(6, 'Rezső Kádár', { category: 'press' }),
  personNamed(7, 'Johan Wasberg'),
  personNamed(8, 'Roman Lysenko'),
]);
afterAll(() => db.close());

const session = (id: string, over: Partial<SessionDefinition> = {}): SessionDefinition => ({
  id, title: id, room: 'Sala Unirii', startsAt: zonedToUtc(DAY1, '11:30', TZ).toISOString(), endsAt: zonedToUtc(DAY1, '13:00', TZ).toISOString(),
  day: DAY1, type: 'workshop', capacity: null, access: 'open', categories: [], speakers: '', ...over,
});
apply(db, newEvent(DESK, 'sessions.defined', {
  sessions: [
    session('open'),
    session('small', { capacity: 2, room: 'Sala Avram Iancu' }),
    session('listed', { access: 'registered' }),
    session('press-only', { access: 'category', categories: ['press', 'speaker'] }),
    session('tomorrow', { day: DAY2, startsAt: zonedToUtc(DAY2, '09:30', TZ).toISOString(), endsAt: zonedToUtc(DAY2, '10:30', TZ).toISOString() }),
    session('after-small', { room: 'Sala Avram Iancu', startsAt: zonedToUtc(DAY1, '14:00', TZ).toISOString(), endsAt: zonedToUtc(DAY1, '15:00', TZ).toISOString() }),
  ],
}));
apply(db, newEvent(DESK, 'sessions.registered', { registrations: [{ sessionId: 'listed', attendeeId: 'p5' }, { sessionId: 'press-only', attendeeId: 'p7' }] }));

const NOON = new Date(zonedToUtc(DAY1, '11:40', TZ));
const scan = (sessionId: string, code: string, now = NOON): SessionCheckinResult =>
  checkInSession(db, DESK, { sessionId, target: { code }, now });
const reasonOf = (r: SessionCheckinResult): string => (r.outcome === 'refused' ? r.reason : r.outcome);

describe('room-door check-in', () => {
  it('admits to the session and to the event in one step when the room door is the first scan', () => {
    const r = scan('open', 'CODE00007');
    if (r.outcome !== 'admitted') throw new Error(`expected admitted, got ${reasonOf(r)}`);
    expect(r.frontDoorCheckinId).not.toBeNull();
    expect(activeCheckins(db, 'p7', DAY1).map((c) => c.id)).toEqual([r.frontDoorCheckinId]);
    expect(r.count).toEqual({ admitted: 1, capacity: null });
  });

  it('does not check in at the front door twice for someone already through it', () => {
    expect(checkIn(db, DESK, { target: { code: 'CODE00008' }, day: DAY1, now: NOON }).outcome).toBe('admitted');
    const r = scan('open', 'CODE00008');
    expect(r.outcome === 'admitted' && r.frontDoorCheckinId).toBeNull();
    expect(activeCheckins(db, 'p8', DAY1)).toHaveLength(1);
  });

  it('answers "already in this session" with when and where, and records nothing', () => {
    const events = db.prepare('SELECT count(*) FROM events').pluck().get();
    const r = scan('open', 'code00007');
    expect(r.outcome).toBe('already');
    if (r.outcome !== 'already') throw new Error('unreachable');
    expect(r.first.desk).toBe('Desk 1');
    expect(db.prepare('SELECT count(*) FROM events').pluck().get()).toBe(events);
  });

  it('reads the signed badge QR as the front door does, and refuses a forged one', () => {
    const key = readConference(db)?.signingKey?.privateKey as string;
    const token = signBadgeToken(key, 'p1');
    const r = scan('open', token);
    expect(r.outcome === 'admitted' && r.attendee.id).toBe('p1');
    const forged = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    expect(reasonOf(scan('open', forged))).toBe('forged');
  });

  it.each([
    ['CODE00002', 'cancelled'],
    ['CODE00003', 'blocked'],
    ['CODE00004', 'not-entitled'],
  ])('refuses %s as not admitted to the event today (%s), admitting nowhere', (code, entryReason) => {
    const r = scan('open', code);
    expect(r.outcome === 'refused' && [r.reason, r.entryReason]).toEqual(['not-admitted', entryReason]);
    expect(activeCheckins(db, `p${Number(code.slice(4))}`, DAY1)).toEqual([]);
  });

  it('refuses an unknown code and an unknown session', () => {
    expect(reasonOf(scan('open', 'NOPE'))).toBe('unknown-code');
    expect(reasonOf(scan('no-such-session', 'CODE00005'))).toBe('unknown-session');
  });

  it('refuses a session that is not today', () => {
    const r = scan('tomorrow', 'CODE00005');
    expect(reasonOf(r)).toBe('session-not-today');
    expect(r.outcome === 'refused' && r.message).toMatch(/is on 2019-05-15, not 2019-05-14/);
  });

  it('lets into a registered session only the people on its list', () => {
    expect(reasonOf(scan('listed', 'CODE00008'))).toBe('not-registered');
    expect(reasonOf(scan('listed', 'CODE00005'))).toBe('admitted');
  });

  it('lets into a category session the allowed categories, and people on its list', () => {
    expect(reasonOf(scan('press-only', 'CODE00005'))).toBe('category-not-allowed');
    expect(reasonOf(scan('press-only', 'CODE00006'))).toBe('admitted');
    expect(reasonOf(scan('press-only', 'CODE00007'))).toBe('admitted');
  });

  it('shows "full" once the capacity is reached, and refuses the next scan', () => {
    expect(reasonOf(scan('small', 'CODE00005'))).toBe('admitted');
    expect(doorStatus(db, 'small').session.full).toBe(false);
    const second = scan('small', 'CODE00006');
    expect(second.count).toEqual({ admitted: 2, capacity: 2 });
    expect(doorStatus(db, 'small').session.full).toBe(true);
    const third = scan('small', 'CODE00007');
    expect(reasonOf(third)).toBe('session-full');
    expect(third.outcome === 'refused' && third.message).toMatch(/full \(2 \/ 2\)/);
    // Someone already inside is still "already", not "full".
    expect(reasonOf(scan('small', 'CODE00005'))).toBe('already');
  });

  it('offers the next session in the same room', () => {
    expect(doorStatus(db, 'small').next?.id).toBe('after-small');
    expect(doorStatus(db, 'after-small').next).toBeNull();
  });

  it('finds a session by id or exact title, today first when a title repeats', () => {
    expect(findSession(db, 'small').id).toBe('small');
    apply(db, newEvent(DESK, 'sessions.defined', { sessions: [
      session('daily-1', { title: 'Daily plenary' }),
      session('daily-2', { title: 'Daily plenary', day: DAY2, startsAt: zonedToUtc(DAY2, '09:00', TZ).toISOString(), endsAt: zonedToUtc(DAY2, '10:00', TZ).toISOString() }),
    ] }));
    expect(findSession(db, 'Daily plenary', NOON).id).toBe('daily-1');
    expect(() => findSession(db, 'Daily plenary', new Date('2019-05-20T10:00:00Z'))).toThrow(/2 sessions are titled/);
    expect(() => findSession(db, 'Nothing like it')).toThrow(/No session/);
  });

  it('counts each person once and draws the fill over time', () => {
    const rows = programme(db, DAY1);
    expect(rows.find((s) => s.id === 'open')).toMatchObject({ admitted: 3, registered: 0, full: false });
    const fill = fillOverTime(db, 'small');
    expect(fill.at(0)?.admitted).toBe(0);
    expect(fill.at(-1)?.admitted).toBe(2);
  });

  it('keeps the later definition of a session whatever order definitions arrive in', () => {
    const later = newEvent(DESK, 'sessions.defined', { sessions: [session('moved', { room: 'Sala Rotundă' })] }, new Date('2019-05-10T10:00:00Z'));
    const earlier = newEvent(DESK, 'sessions.defined', { sessions: [session('moved', { room: 'Sala Unirii' })] }, new Date('2019-05-09T10:00:00Z'));
    apply(db, later);
    apply(db, earlier);
    expect(findSession(db, 'moved').room).toBe('Sala Rotundă');
  });
});
