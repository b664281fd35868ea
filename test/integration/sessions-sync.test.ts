import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open.ts';
import { activeCheckins } from '../../db/queries/checkins.ts';
import { isRegistered, sessionAttendance } from '../../db/queries/sessions.ts';
import { apply } from '../../main/events/apply.ts';
import { newEvent } from '../../main/events/envelope.ts';
import { checkInSession } from '../../main/sessions/checkin.ts';
import { startSync, type SyncHandle } from '../../main/sync/sync-service.ts';
import { DAY, openDesk, seedEvent, tempDir, waitFor } from './sync/desks.ts';
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

  const scan = (db: Db, actor: typeof A, code: string) => checkInSession(db, actor, { sessionId: SESSION.id, target: { code }, day: DAY, now: NOW });

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
});
