import { describe, expect, it } from 'vitest';
import { createApi } from '../../../main/api/handlers.ts';
import { readConference } from '../../../db/queries/conference.ts';
import { signMeetingCode } from '../../../main/meetings/meeting-code.ts';
import { actor } from '../badges/fixture.ts';
import { matchmakingDb } from './fixture.ts';

describe('matchmaking and planning through the contract', () => {
  it('scans a first badge, then the second, and the meeting is held; live update sent; the report follows', async () => {
    const { db } = await matchmakingDb();
    const api = createApi({ db, actor, now: () => new Date('2019-05-14T07:04:00Z') });
    const updates: string[] = [];
    api.bus.subscribe((u) => updates.push(u.type));
    const first = await api.call('meetings.scan', { code: 'T-004' });
    expect(first).toMatchObject({ ok: true, value: { kind: 'first', attendee: { id: 'p-kadar' } } });
    const meetings = (first as { value: { meetings: { location: string; status: string }[] } }).value.meetings;
    expect(meetings.map((m) => [m.location, m.status])).toEqual([['T1', 'scheduled'], ['T2', 'cancelled'], ['T5', 'scheduled']]);
    const second = await api.call('meetings.scan', { code: 'T-020', pending: 'T-004', place: 'Table 1' });
    expect(second).toMatchObject({ ok: true, value: { kind: 'confirmed', meeting: { location: 'T1' }, held: { place: 'Table 1' } } });
    expect(updates).toContain('meeting.held');
    const code = signMeetingCode(readConference(db)?.signingKey?.privateKey as string, db.prepare(`SELECT id FROM meetings WHERE location = 'T2'`).pluck().get() as string);
    expect(await api.call('meetings.scan', { code })).toMatchObject({ ok: true, value: { kind: 'refused', reason: 'cancelled' } });
    const report = await api.call('meetings.report', {});
    expect(report).toMatchObject({ ok: true, value: { totals: { held: 1, scheduled: 3, cancelled: 1 } } });
    const file = await api.call('meetings.exportReport', { format: 'csv' });
    expect(file).toMatchObject({ ok: true, value: { rows: 4, mime: 'text/csv; charset=utf-8' } });
  });

  it('saves a day\u2019s plan as an event and plans from it until it is changed', async () => {
    const { db } = await matchmakingDb();
    const api = createApi({ db, actor, now: () => new Date('2019-05-14T05:00:00Z') });
    const fresh = await api.call('plan.desks', { day: '2019-05-14' });
    expect(fresh).toMatchObject({ ok: true, value: { saved: null, inputs: { opening: '09:30', targetSeconds: 180 }, actual: null } });
    const saved = await api.call('plan.desks', { day: '2019-05-14', arrivals: 450, opening: '09:00', serviceSeconds: 25, save: true });
    expect(saved).toMatchObject({ ok: true, value: { inputs: { arrivals: 450, opening: '09:00', serviceSeconds: 25 }, plan: { desks: 4 } } });
    expect(db.prepare(`SELECT count(*) FROM events WHERE type = 'plan.saved'`).pluck().get()).toBe(1);
    const again = await api.call('plan.desks', { day: '2019-05-14' });
    expect(again).toMatchObject({ ok: true, value: { saved: { savedAt: '2019-05-14T05:00:00.000Z' }, inputs: { arrivals: 450, opening: '09:00' } } });
    expect(await api.call('plan.desks', { day: '2019-05-14', opening: '9.30' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
});
