import { afterAll, describe, expect, it } from 'vitest';
import { readConference } from '../../../db/queries/conference.ts';
import { createApi } from '../../../main/api/handlers.ts';
import { type FoyerHttpServer, startHttpServer } from '../../../main/api/http.ts';
import { signMeetingCode } from '../../../main/meetings/meeting-code.ts';
import { actor } from '../badges/fixture.ts';
import { matchmakingDb } from './fixture.ts';

// A room-door tablet in matchmaking mode, over HTTP with the door token: it may confirm meetings
// (saying where it stands) and count today's meetings, and nothing else of the matchmaking.

const TOKENS = { desk: 'desk-token-for-mm', kiosk: 'kiosk-token-for-mm', door: 'door-token-for-mm' };

describe('matchmaking at a room door paired over HTTP', () => {
  let http: FoyerHttpServer;
  afterAll(async () => http?.close());

  const post = async (base: string, method: string, body: unknown, token: string) => {
    const res = await fetch(`${base}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as { value?: Record<string, unknown>; error?: { code: string; message: string } } };
  };

  it('confirms a meeting with the door token, records the door and its place, and is refused the report and the lists', async () => {
    const { db } = await matchmakingDb();
    const api = createApi({ db, actor, now: () => new Date('2019-05-14T07:04:00Z') });
    http = await startHttpServer({ api, host: '0.0.0.0', port: 0, rendererDir: '/nonexistent', tokens: TOKENS });
    const base = `http://127.0.0.1:${http.port}`;
    const door = TOKENS.door;

    for (const [method, input] of [['meetings.report', {}], ['meetings.exportReport', { format: 'csv' }], ['meetings.forAttendee', { attendeeId: 'p-kadar' }],
      ['roster.search', { query: 'kadar' }], ['checkin.scan', { code: 'T-004' }], ['plan.desks', { day: '2019-05-14' }]] as const) {
      const r = await post(base, method, input, door);
      expect([method, r.status, r.body.error?.code]).toEqual([method, 403, 'denied']);
    }
    // The kiosk token does not get the door's new methods.
    expect((await post(base, 'meetings.scan', { code: 'T-004', place: 'Table 1' }, TOKENS.kiosk)).status).toBe(403);
    expect((await post(base, 'door.meetings', {}, TOKENS.kiosk)).status).toBe(403);

    // Today: T1, T3, T5 scheduled (T2 declined, T4's row refused at import); none held yet.
    expect((await post(base, 'door.meetings', {}, door)).body.value).toEqual({ today: '2019-05-14', scheduled: 3, held: 0, places: ['T1', 'T3', 'T5'] });

    // A door that does not say where it stands is refused, and nothing is written.
    const nowhere = await post(base, 'meetings.scan', { code: 'T-020', pending: 'T-004' }, door);
    expect([nowhere.status, nowhere.body.error?.code]).toEqual([400, 'invalid']);
    expect(db.prepare('SELECT count(*) FROM meeting_confirmations').pluck().get()).toBe(0);

    const events = await fetch(`${base}/api/events`, { headers: { authorization: `Bearer ${door}` } });
    const reader = events.body!.getReader();
    await reader.read(); // the retry: preamble, so the subscription is live

    const first = await post(base, 'meetings.scan', { code: 'T-004', place: 'Sala Rotundă' }, door);
    expect(first.body.value).toMatchObject({ kind: 'first', attendee: { name: 'Zoltán Kádár' } });
    const held = await post(base, 'meetings.scan', { code: 'T-020', pending: 'T-004', place: 'Sala Rotundă' }, door);
    expect(held.body.value).toMatchObject({
      kind: 'confirmed', meeting: { location: 'T1' }, held: { desk: 'Desk 1 door · Sala Rotundă', operator: 'room door', place: 'Sala Rotundă', method: 'badges' },
    });
    let text = '';
    while (!text.includes('meeting.held')) text += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();

    const key = readConference(db)?.signingKey?.privateKey as string;
    const t5 = db.prepare(`SELECT id FROM meetings WHERE location = 'T5'`).pluck().get() as string;
    const byCode = await post(base, 'meetings.scan', { code: signMeetingCode(key, t5), place: 'Table 5' }, door);
    expect(byCode.body.value).toMatchObject({ kind: 'confirmed', held: { desk: 'Desk 1 door · Table 5', place: 'Table 5', method: 'code' } });
    const again = await post(base, 'meetings.scan', { code: signMeetingCode(key, t5), place: 'Table 9' }, door);
    expect(again.body.value).toMatchObject({ kind: 'already', held: { place: 'Table 5' } });
    expect((await post(base, 'door.meetings', {}, door)).body.value).toMatchObject({ scheduled: 3, held: 2 });

    // The desk keeps its own name and may still leave the place out.
    const desk = await post(base, 'meetings.scan', { code: 'T-003', pending: 'T-022' }, TOKENS.desk);
    expect(desk.body.value).toMatchObject({ kind: 'confirmed', held: { desk: 'Desk 1', operator: 'test', place: 'Desk 1' } });
  });
});
