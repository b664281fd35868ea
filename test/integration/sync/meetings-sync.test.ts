import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/open.ts';
import { readConference } from '../../../db/queries/conference.ts';
import { firstConfirmation } from '../../../db/queries/meetings.ts';
import { apply } from '../../../main/events/apply.ts';
import { newEvent } from '../../../main/events/envelope.ts';
import { confirmByBadges, confirmByCode } from '../../../main/meetings/confirm.ts';
import { signMeetingCode } from '../../../main/meetings/meeting-code.ts';
import { startSync, type SyncHandle } from '../../../main/sync/sync-service.ts';
import { eventCount, openDesk, seedEvent, tempDir, waitFor } from './desks.ts';
import { startNats, type TestNats } from './nats-server.ts';

describe('matchmaking meetings between two desks over a real nats-server', () => {
  let nats: TestNats;
  let dir: string;
  const desks: { db: Db; sync: SyncHandle }[] = [];

  beforeAll(async () => {
    nats = await startNats();
    dir = tempDir();
  });
  afterAll(async () => {
    for (const d of desks) {
      await d.sync.stop();
      d.db.close();
    }
    await nats.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a meeting confirmed at desk A is held at desk B, which answers "already" and records nothing', async () => {
    const a = openDesk(dir, 'Desk A');
    const lead = { desk: 'Desk A', operator: 'lead' };
    seedEvent(a, lead, 60);
    // 10:00–10:20 on the day: "Org 1" (a1 and a38 represent it) meets a2; and a3 meets a4.
    const at = (hhmm: string): string => new Date(`2025-05-14T${hhmm}:00+03:00`).toISOString();
    apply(a, newEvent(lead, 'meetings.imported', {
      batchId: 'mm',
      meetings: [
        { id: 'm1', startsAt: at('10:00'), endsAt: at('10:20'), location: 'T1', partyA: 'a1', partyB: 'a2', orgA: 'Org 1', repsA: ['a1', 'a38'], repsB: ['a2'], sectors: ['ICT'] },
        { id: 'm2', startsAt: at('10:00'), endsAt: at('10:20'), location: 'T2', partyA: 'a3', partyB: 'a4' },
      ],
    }));
    const b = openDesk(dir, 'Desk B');
    desks.push({ db: a, sync: startSync(a, { servers: [nats.url], desk: 'Desk A', stream: 'FOYERMEET' }) });
    desks.push({ db: b, sync: startSync(b, { servers: [nats.url], desk: 'Desk B', stream: 'FOYERMEET' }) });
    await waitFor(() => eventCount(b) === eventCount(a), () => `${eventCount(b)} / ${eventCount(a)} events at desk B`);
    expect(b.prepare('SELECT count(*) FROM meeting_parties').pluck().get()).toBe(5);

    const key = readConference(a)?.signingKey?.privateKey as string;
    const now = new Date(at('10:05'));
    expect(confirmByCode(a, { desk: 'Desk A', operator: 'ana' }, signMeetingCode(key, 'm1'), { now, place: 'Table 1' }).kind).toBe('confirmed');
    // The other meeting by both badges, at desk B.
    expect(confirmByBadges(b, { desk: 'Desk B', operator: 'bo' }, 'T4', 'T3', { now }).kind).toBe('confirmed');

    await waitFor(() => firstConfirmation(b, 'm1') !== undefined && firstConfirmation(a, 'm2') !== undefined, () => 'confirmations to cross');
    const atB = confirmByCode(b, { desk: 'Desk B', operator: 'bo' }, signMeetingCode(key, 'm1'), { now });
    expect(atB).toMatchObject({ kind: 'already', held: { desk: 'Desk A', operator: 'ana', place: 'Table 1', method: 'code' } });
    expect(confirmByBadges(a, { desk: 'Desk A', operator: 'ana' }, 'T3', 'T4', { now })).toMatchObject({ kind: 'already', held: { desk: 'Desk B', method: 'badges' } });
    const rows = (db: Db): unknown[] => db.prepare('SELECT * FROM meeting_confirmations ORDER BY id').all();
    expect(rows(b)).toHaveLength(2);
    await waitFor(() => eventCount(a) === eventCount(b), () => 'same events');
    expect(rows(a)).toEqual(rows(b));
  });
});
