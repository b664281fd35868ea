import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open.ts';
import { activeCheckins } from '../../db/queries/checkins.ts';
import { attendanceForExport, isRegistered, noShowsForSession, sessionAttendance } from '../../db/queries/sessions.ts';
import { apply } from '../../main/events/apply.ts';
import { newEvent } from '../../main/events/envelope.ts';
import { checkInSession } from '../../main/sessions/checkin.ts';
import { fullPersonHistory } from '../../main/sessions/history.ts';
import { undoSessionAttendance } from '../../main/sessions/undo.ts';
import { startSync, type SyncHandle } from '../../main/sync/sync-service.ts';
import { DAY, eventCount, openDesk, seedEvent, tempDir, waitFor } from './sync/desks.ts';
import { startNats, type TestNats } from './sync/nats-server.ts';

// Two desks at two room doors of one session, syncing through a real nats-server.

const A = { desk: 'Door A', operator: 'Ioana' };
const B = { desk: 'Door B', operator: 'Radu' };
const NOW = new Date(`${DAY}T08:40:00Z`);
const SESSION = {
  id: 'breakout-1', title: 'Breakout: Circular Europe', room: 'Sala Avram Iancu', startsAt: `${DAY}T08:30:00.000Z`, endsAt: `${DAY}T10:00:00.000Z`,
  day: DAY, type: 'workshop', capacity: 3, access: 'registered' as const, categories: [], speakers: '',
};

describe('room doors on two desks over a real nats-server', () => {
  let nats: TestNats;
  let dir: string;
  let a: Db;
  let b: Db;
  const syncs: SyncHandle[] = [];

  beforeAll(async () => {
    nats = await startNats();
    dir = tempDir();
    a = openDesk(dir, 'door-a');
    b = openDesk(dir, 'door-b');
    seedEvent(a, A, 20);
    apply(a, newEvent(A, 'sessions.defined', { sessions: [SESSION] }));
    apply(a, newEvent(A, 'sessions.registered', { registrations: ['a1', 'a2', 'a3', 'a4', 'a5'].map((attendeeId) => ({ sessionId: SESSION.id, attendeeId })) }));
    syncs.push(startSync(a, { servers: [nats.url], desk: A.desk, stream: 'FOYERTEST' }));
    syncs.push(startSync(b, { servers: [nats.url], desk: B.desk, stream: 'FOYERTEST' }));
  });
  afterAll(async () => {
    for (const s of syncs) await s.stop();
    a.close();
    b.close();
    await nats.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const scan = (db: Db, actor: typeof A, code: string, now = NOW) => checkInSession(db, actor, { sessionId: SESSION.id, target: { code }, day: DAY, now });
  const minutesLater = (m: number): Date => new Date(NOW.getTime() + m * 60_000);
  /** What both desks must agree on about the room once they have converged. */
  const room = (db: Db) => ({
    rows: db.prepare('SELECT * FROM session_checkins ORDER BY id').all(),
    attending: attendanceForExport(db, SESSION.id).map((r) => r.attendeeId),
    noShows: noShowsForSession(db, SESSION.id).map((r) => r.attendeeId),
    history: fullPersonHistory(db, 'a1').filter((e) => e.kind.startsWith('session-')),
  });

  it('gives desk B the programme and its registrations', async () => {
    await waitFor(() => isRegistered(b, SESSION.id, 'a5'), () => 'registrations at desk B');
    expect(scan(b, B, 'T9').outcome === 'refused' && scan(b, B, 'T9')).toMatchObject({ reason: 'not-registered' });
  });

  it('a session check-in at desk A is "already in this session" at desk B', async () => {
    const first = scan(a, A, 'T1');
    expect(first.outcome).toBe('admitted');
    await waitFor(() => sessionAttendance(b, SESSION.id) === 1, () => `attendance at B: ${sessionAttendance(b, SESSION.id)}`);
    const again = scan(b, B, 'T1');
    expect(again.outcome).toBe('already');
    if (again.outcome !== 'already') throw new Error('unreachable');
    expect(again.first.desk).toBe('Door A');
    // The room door admitted the person at the front door too, and that reached desk B as well.
    expect(activeCheckins(b, 'a1', DAY).map((c) => c.desk)).toEqual(['Door A']);
  });

  it('counts check-ins from both doors against the capacity', async () => {
    expect(scan(b, B, 'T2').outcome).toBe('admitted');
    expect(scan(a, A, 'T3').outcome).toBe('admitted');
    await waitFor(() => sessionAttendance(a, SESSION.id) === 3 && sessionAttendance(b, SESSION.id) === 3, () => 'three in the room on both desks');
    const refusedAtA = scan(a, A, 'T4');
    const refusedAtB = scan(b, B, 'T5');
    expect([refusedAtA, refusedAtB].map((r) => (r.outcome === 'refused' ? r.reason : r.outcome))).toEqual(['session-full', 'session-full']);
  });

  it('an undo at desk A and a re-scan at desk B converge the same on both desks', async () => {
    // The room is full (T1, T2, T3). Desk A takes T1 back out; in the same moment, before either
    // desk hears the other, desk B undoes T1 too (another reason, later) and scans T1 and T4.
    const undoneAtA = undoSessionAttendance(a, A, { sessionId: SESSION.id, attendeeId: 'a1' }, 'scanned the wrong badge', minutesLater(1));
    expect(undoneAtA.count).toEqual({ admitted: 2, capacity: 3 });
    undoSessionAttendance(b, B, { sessionId: SESSION.id, attendeeId: 'a1' }, 'left for the plenary', minutesLater(2));
    expect(scan(b, B, 'T4', minutesLater(2)).outcome).toBe('admitted');
    const ids = (db: Db): string => (db.prepare('SELECT group_concat(id) FROM (SELECT id FROM events ORDER BY id)').pluck().get() as string);
    // Nothing has moved yet (no await since): B holds all earlier events and its own; A's undo is one more.
    const expected = eventCount(b) + 1;
    await waitFor(() => eventCount(a) === expected && ids(a) === ids(b), () => `events: A ${eventCount(a)}, B ${eventCount(b)}, want ${expected} on both`);
    // The earlier undo is the one both desks keep, whatever order they heard the two in.
    expect(room(a)).toEqual(room(b));
    expect(room(a).attending).toEqual(['a2', 'a3', 'a4']);
    expect(room(a).noShows).toEqual(['a1', 'a5']);
    expect(room(a).history.find((e) => e.kind === 'session-undo')).toMatchObject({ desk: 'Door A', operator: 'Ioana', detail: 'scanned the wrong badge' });

    // B lets T1 back in once T4 leaves; A, having heard it, says "already" and the room is full again.
    undoSessionAttendance(b, B, { sessionId: SESSION.id, attendeeId: 'a4' }, 'wrong room', minutesLater(3));
    expect(scan(b, B, 'T1', minutesLater(4)).outcome).toBe('admitted');
    await waitFor(() => sessionAttendance(a, SESSION.id) === 3 && room(a).attending.includes('a1'), () => `attendance at A: ${room(a).attending.join(', ')}`);
    expect(scan(a, A, 'T1', minutesLater(5)).outcome).toBe('already');
    const full = scan(a, A, 'T4', minutesLater(5));
    expect(full.outcome === 'refused' && full.reason).toBe('session-full');
    expect(room(a)).toEqual(room(b));
    expect(room(b).attending).toEqual(['a2', 'a3', 'a1']);
  });
});
