import { afterAll, describe, expect, it } from 'vitest';
import { createApi } from '../../main/api/handlers.ts';
import { type FoyerHttpServer, startHttpServer } from '../../main/api/http.ts';
import { apply } from '../../main/events/apply.ts';
import { newEvent } from '../../main/events/envelope.ts';
import { DESK, eventWith, personNamed } from '../helpers/db.ts';

// The door token over HTTP: the three door methods and nothing else; on the event stream, counts
// and nothing about who came in.

const TOKENS = { desk: 'desk-token-for-test', kiosk: 'kiosk-token-for-test', door: 'door-token-for-test' };

describe('a room door paired over HTTP', () => {
  let http: FoyerHttpServer;
  afterAll(async () => http?.close());

  const start = async (): Promise<string> => {
    const db = eventWith([personNamed(1, 'Ștefan Căpitanu', { email: 'stefan@example.ro' }), personNamed(2, 'Åsa Lindqvist')]);
    apply(db, newEvent(DESK, 'sessions.defined', { sessions: [{
      id: 'awards', title: 'Awards ceremony', room: 'Sala Unirii', startsAt: '2019-05-14T07:00:00.000Z', endsAt: '2019-05-14T09:00:00.000Z',
      day: '2019-05-14', type: 'ceremony', capacity: 1, access: 'open', categories: [], speakers: '',
    }] }));
    const api = createApi({ db, actor: DESK, now: () => new Date('2019-05-14T07:30:00Z') });
    http = await startHttpServer({ api, host: '0.0.0.0', port: 0, rendererDir: '/nonexistent', tokens: TOKENS });
    return `http://127.0.0.1:${http.port}`;
  };
  const post = async (base: string, method: string, body: unknown, token: string) => {
    const res = await fetch(`${base}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as { value?: Record<string, unknown>; error?: { code: string } } };
  };

  it('scans, counts and refuses with the door token; everything else is denied', async () => {
    const base = await start();
    expect(http.pairing.doorToken).toBe(TOKENS.door);
    for (const [method, input] of [['roster.search', { query: 'stefan' }], ['attendee.get', { id: 'p1' }], ['checkin.scan', { code: 'CODE00001' }],
      ['kiosk.search', { query: 'stefan' }], ['sessions.list', {}], ['lists.export', { list: 'no-shows', day: null }]] as const) {
      const r = await post(base, method, input, TOKENS.door);
      expect([method, r.status, r.body.error?.code]).toEqual([method, 403, 'denied']);
    }
    const sessions = await post(base, 'door.sessions', {}, TOKENS.door);
    expect(sessions.body.value).toMatchObject({ today: '2019-05-14', sessions: [{ id: 'awards', admitted: 0, capacity: 1, full: false }] });

    const events = await fetch(`${base}/api/events`, { headers: { authorization: `Bearer ${TOKENS.door}` } });
    const reader = events.body!.getReader();
    await reader.read(); // the retry: preamble, so the subscription is live
    const admitted = await post(base, 'door.scan', { sessionId: 'awards', code: 'CODE00001' }, TOKENS.door);
    // The person's name to greet them, never their e-mail or codes.
    expect(admitted.body.value).toEqual({
      outcome: 'admitted', attendee: { displayName: 'Ștefan Căpitanu', organisation: '', category: 'participant' },
      at: '2019-05-14T07:30:00.000Z', count: { admitted: 1, capacity: 1 }, frontDoor: true,
    });
    let text = '';
    while (!text.includes('session.checkin')) text += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    expect(text).toContain('"admitted":1');
    // The desk's own update about the front-door check-in (with the person) does not reach a door.
    expect(text).not.toContain('Căpitanu');
    expect(text).not.toContain('"type":"checkin"');

    const full = await post(base, 'door.scan', { sessionId: 'awards', code: 'CODE00002' }, TOKENS.door);
    expect(full.body.value).toMatchObject({ outcome: 'refused', reason: 'session-full', count: { admitted: 1, capacity: 1 } });
    expect((await post(base, 'door.status', { sessionId: 'awards' }, TOKENS.door)).body.value).toMatchObject({ session: { full: true } });
    // The kiosk token does not open the door's methods either.
    expect((await post(base, 'door.scan', { sessionId: 'awards', code: 'CODE00002' }, TOKENS.kiosk)).status).toBe(403);
  });

  it('lets only a desk undo a room-door check-in: the door and kiosk tokens are refused', async () => {
    // The server and the room of the test above: p1 is in, the room (capacity 1) is full.
    const base = `http://127.0.0.1:${http.port}`;
    const status = await post(base, 'door.status', { sessionId: 'awards' }, TOKENS.door);
    expect(status.body.value).toMatchObject({ session: { admitted: 1, full: true } });
    const history = (await post(base, 'attendee.history', { id: 'p1' }, TOKENS.desk)).body.value as unknown as { kind: string; checkinId: string }[];
    const entry = history.find((e) => e.kind === 'session-checkin');
    expect(entry).toBeDefined();
    const input = { checkinId: entry?.checkinId, reason: 'scanned the wrong badge' };
    for (const token of [TOKENS.door, TOKENS.kiosk]) {
      const r = await post(base, 'sessions.undoCheckin', input, token);
      expect([r.status, r.body.error?.code]).toEqual([403, 'denied']);
    }
    expect((await post(base, 'door.status', { sessionId: 'awards' }, TOKENS.door)).body.value).toMatchObject({ session: { admitted: 1, full: true } });
    const undone = await post(base, 'sessions.undoCheckin', input, TOKENS.desk);
    expect(undone.body.value).toMatchObject({ sessionId: 'awards', attendeeId: 'p1', count: { admitted: 0, capacity: 1 } });
    expect((await post(base, 'door.status', { sessionId: 'awards' }, TOKENS.door)).body.value).toMatchObject({ session: { admitted: 0, full: false } });
    // Undoing it again is a clear error, not a second undo.
    const again = await post(base, 'sessions.undoCheckin', input, TOKENS.desk);
    expect([again.status, again.body.error?.code]).toEqual([400, 'invalid']);
    expect((await post(base, 'door.scan', { sessionId: 'awards', code: 'CODE00002' }, TOKENS.door)).body.value).toMatchObject({ outcome: 'admitted' });
  });
});
