import { afterAll, describe, expect, it } from 'vitest';
import { activeCheckins } from '../../db/queries/checkins.ts';
import { sessionCheckinRecord } from '../../db/queries/session-undo.ts';
import { attendanceForExport, noShowsForSession } from '../../db/queries/sessions.ts';
import { apply } from '../../main/events/apply.ts';
import { auditDetail } from '../../main/privacy/lists.ts';
import { newEvent } from '../../main/events/envelope.ts';
import { checkInSession, type SessionCheckinResult } from '../../main/sessions/checkin.ts';
import type { SessionDefinition } from '../../main/sessions/events.ts';
import { fullPersonHistory } from '../../main/sessions/history.ts';
import { doorStatus, fillOverTime } from '../../main/sessions/programme.ts';
import { SessionUndoError, undoSessionAttendance, undoSessionCheckin } from '../../main/sessions/undo.ts';
import { zonedToUtc } from '../../model/dates.ts';
import { DESK, eventWith, personNamed } from '../helpers/db.ts';

// A room-door check-in taken back at a desk: the seat is free, the lists are right, the person can
// be scanned in again, the history says who, where and why; and two desks end the same.

const TZ = 'Europe/Bucharest';
const DAY = '2019-05-14';
const DESK2 = { desk: 'Desk 2', operator: 'Radu' };
const people = [personNamed(1, 'Ana-Maria Căpitanu'), personNamed(2, 'Bianca Muntean'), personNamed(3, 'Johan Wasberg')];
const db = eventWith(people);
afterAll(() => db.close());

const workshop: SessionDefinition = {
  id: 'workshop', title: 'Workshop: Smart specialisation', room: 'Sala Avram Iancu',
  startsAt: zonedToUtc(DAY, '11:30', TZ).toISOString(), endsAt: zonedToUtc(DAY, '13:00', TZ).toISOString(),
  day: DAY, type: 'workshop', capacity: 1, access: 'registered', categories: [], speakers: '',
};
const defineIn = (d: typeof db): void => {
  apply(d, newEvent(DESK, 'sessions.defined', { sessions: [workshop] }, new Date('2019-05-01T00:00:00Z')));
  apply(d, newEvent(DESK, 'sessions.registered', { registrations: ['p1', 'p2', 'p3'].map((attendeeId) => ({ sessionId: 'workshop', attendeeId })) }));
};
defineIn(db);

const NOON = zonedToUtc(DAY, '11:40', TZ);
const later = (minutes: number): Date => new Date(NOON.getTime() + minutes * 60_000);
const scan = (code: string, now = NOON, d = db, actor = DESK): SessionCheckinResult => checkInSession(d, actor, { sessionId: 'workshop', target: { code }, now });
const outcomeOf = (r: SessionCheckinResult): string => (r.outcome === 'refused' ? r.reason : r.outcome);
const attending = (d = db): string[] => attendanceForExport(d, 'workshop').map((r) => r.attendeeId);
const noShows = (d = db): string[] => noShowsForSession(d, 'workshop').map((r) => r.attendeeId);

describe('undoing a room-door check-in', () => {
  let wrong: string;

  it('frees the seat of a wrong person in a full workshop, and fixes both lists', () => {
    const r = scan('CODE00001');
    if (r.outcome !== 'admitted') throw new Error(`expected admitted, got ${outcomeOf(r)}`);
    wrong = r.checkinId;
    expect(outcomeOf(scan('CODE00002', later(1)))).toBe('session-full');
    expect(doorStatus(db, 'workshop').session).toMatchObject({ admitted: 1, full: true });

    const undone = undoSessionCheckin(db, DESK2, wrong, 'scanned the badge of her colleague', later(2));
    expect(undone.undone).toEqual([wrong]);
    expect(undone.count).toEqual({ admitted: 0, capacity: 1 });
    expect(doorStatus(db, 'workshop').session).toMatchObject({ admitted: 0, full: false });
    expect(attending()).toEqual([]);
    expect(noShows()).toEqual(['p1', 'p2', 'p3']);
    expect(fillOverTime(db, 'workshop')).toEqual([]);
    // The front door check-in the room door made in the same step is a separate matter: it stays.
    expect(activeCheckins(db, 'p1', DAY)).toHaveLength(1);
  });

  it('lets the right person in, and the undone one back in later', () => {
    expect(outcomeOf(scan('CODE00002', later(3)))).toBe('admitted');
    expect(attending()).toEqual(['p2']);
    expect(noShows()).toEqual(['p1', 'p3']);
    undoSessionAttendance(db, DESK, { sessionId: 'workshop', attendeeId: 'p2' }, 'left for the plenary', later(4));
    const again = scan('CODE00001', later(5));
    expect(outcomeOf(again)).toBe('admitted');
    expect(again.count).toEqual({ admitted: 1, capacity: 1 });
    expect(attending()).toEqual(['p1']);
  });

  it('refuses to undo what is not checked in, or without a reason, and changes nothing', () => {
    const events = db.prepare('SELECT count(*) FROM events').pluck().get();
    expect(() => undoSessionAttendance(db, DESK, { sessionId: 'workshop', attendeeId: 'p3' }, 'typo'))
      .toThrow(new SessionUndoError('Johan Wasberg is not checked in to "Workshop: Smart specialisation": there is nothing to undo.'));
    expect(() => undoSessionCheckin(db, DESK, wrong, 'twice')).toThrow(/already undone at .* by Radu at Desk 2/);
    expect(() => undoSessionCheckin(db, DESK, 'no-such-id', 'typo')).toThrow(/No room-door check-in with id no-such-id/);
    expect(() => undoSessionAttendance(db, DESK, { sessionId: 'workshop', attendeeId: 'p1' }, '   ')).toThrow(/Say why/);
    expect(db.prepare('SELECT count(*) FROM events').pluck().get()).toBe(events);
    expect(attending()).toEqual(['p1']);
  });

  it('shows the room-door check-ins and the undo with who, where, when and why in the history', () => {
    const history = fullPersonHistory(db, 'p1').filter((e) => e.kind.startsWith('session-'));
    expect(history.map((e) => [e.kind, e.undone, e.desk, e.operator, e.detail, e.session])).toEqual([
      ['session-checkin', false, 'Desk 1', 'Ioana', '', workshop.title],
      ['session-undo', false, 'Desk 2', 'Radu', 'scanned the badge of her colleague', workshop.title],
      ['session-checkin', true, 'Desk 1', 'Ioana', '', workshop.title],
    ]);
    expect(history[1]?.at).toBe(later(2).toISOString());
    expect(history[1]?.checkinId).toBe(wrong);
    // The audit log names the undo's desk, operator and time with the session and the check-in, not the reason's words.
    const logged = db.prepare("SELECT desk, operator, at, payload FROM events WHERE type = 'session.checkin.undone' ORDER BY seq LIMIT 1").get() as
      { desk: string; operator: string; at: string; payload: string };
    expect([logged.desk, logged.operator, logged.at]).toEqual(['Desk 2', 'Radu', later(2).toISOString()]);
    expect(auditDetail(JSON.parse(logged.payload) as Record<string, unknown>)).toEqual({ attendee: 'p1', detail: `session workshop; checkins ${wrong}` });
  });

  it('is applied once however often its event arrives', () => {
    expect(outcomeOf(scan('CODE00003', later(6)))).toBe('session-full');
    const event = newEvent(DESK2, 'session.checkin.undone', { sessionId: 'workshop', attendeeId: 'p1', checkinIds: [firstActive()], reason: 'wrong room' }, later(7));
    expect(apply(db, event).applied).toBe(true);
    expect(apply(db, event, 'remote').applied).toBe(false);
    expect(attending()).toEqual([]);
  });
});

function firstActive(): string {
  return db.prepare("SELECT id FROM session_checkins WHERE session_id = 'workshop' AND attendee_id = 'p1' AND undone_at IS NULL").pluck().get() as string;
}

describe('two undos of one room-door check-in', () => {
  it('leave the same row on every desk whatever order they arrive in: the earlier undo is kept', () => {
    const a = eventWith(people);
    const b = eventWith(people);
    defineIn(a);
    const admitted = scan('CODE00001', NOON, a);
    if (admitted.outcome !== 'admitted') throw new Error('expected admitted');
    const checkinEvents = a.prepare("SELECT id, type, at, desk, operator, payload FROM events WHERE type IN ('sessions.defined', 'sessions.registered', 'checkin.recorded', 'session.checkin') ORDER BY seq").all() as
      { id: string; type: string; at: string; desk: string; operator: string; payload: string }[];
    for (const e of checkinEvents) apply(b, { ...e, payload: JSON.parse(e.payload) as unknown }, 'remote');
    const payload = { sessionId: 'workshop', attendeeId: 'p1', checkinIds: [admitted.checkinId] };
    const atDesk1 = newEvent(DESK, 'session.checkin.undone', { ...payload, reason: 'wrong badge' }, later(2));
    const atDesk2 = newEvent(DESK2, 'session.checkin.undone', { ...payload, reason: 'left the room' }, later(3));
    apply(a, atDesk1);
    apply(a, atDesk2, 'remote');
    apply(b, atDesk2);
    apply(b, atDesk1, 'remote');
    const rowA = sessionCheckinRecord(a, 'workshop', 'p1', admitted.checkinId);
    expect(rowA).toMatchObject({ undoneAt: later(2).toISOString(), undoneDesk: 'Desk 1', undoReason: 'wrong badge' });
    expect(sessionCheckinRecord(b, 'workshop', 'p1', admitted.checkinId)).toEqual(rowA);
    a.close();
    b.close();
  });
});
