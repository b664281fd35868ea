import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../../../db/open.ts';
import { KIOSK_LIMITS } from '../../../main/kiosk/rate-limit.ts';
import { LOCK_AFTER } from '../../../main/staff/pin-guard.ts';
import { setStaffPin } from '../../../main/staff/pin.ts';
import { eventWith, tempDbPath } from '../../helpers/db.ts';
import { type KioskServer, serveKiosk, TOKENS, wedge } from './kiosk-http.ts';
import { kioskRoster } from './roster.ts';

// Issue 14 §1 (limits, lock-outs) and §2 (the staff PIN) over HTTP with only the kiosk token.

const servers: KioskServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
const PEOPLE = kioskRoster();

async function serve(path: string, fresh: boolean) {
  const db = fresh ? eventWith(PEOPLE, path) : openDb(path);
  const server = await serveKiosk(db);
  servers.push(server);
  return { db, server, kiosk: server.device(TOKENS.kiosk) };
}

describe('kiosk limits', () => {
  it('answers 429 "ask at the desk" past the search limit, per device, and still after a restart', async () => {
    const path = tempDbPath();
    const { server, kiosk } = await serve(path, true);
    const limit = KIOSK_LIMITS.search.perClient.limit;
    for (let i = 0; i < limit; i++) expect((await kiosk.call('kiosk.search', { query: `pop${'u'.repeat(i % 3)}` })).status).toBe(200);
    const limited = await kiosk.call('kiosk.search', { query: 'popescu' });
    expect(limited.status).toBe(429);
    expect(limited.body.error).toEqual({ code: 'rate-limited', message: expect.stringMatching(/ask at the registration desk/) });
    // Another device on the same kiosk token still works.
    expect((await server.device(TOKENS.kiosk, '127.0.0.3').call('kiosk.search', { query: 'popescu' })).status).toBe(200);
    await server.close();
    servers.length = 0;
    const restarted = await serve(path, false);
    expect((await restarted.kiosk.call('kiosk.search', { query: 'popescu' })).status).toBe(429);
    // The window slides: a minute later the device may search again.
    restarted.server.clock.now += KIOSK_LIMITS.search.perClient.windowMs + 1;
    expect((await restarted.kiosk.call('kiosk.search', { query: 'popescu' })).status).toBe(200);
  });

  it('limits scans, so unknown codes cannot be tried in bulk', async () => {
    const { kiosk } = await serve(tempDbPath(), true);
    const limit = KIOSK_LIMITS.scan.perClient.limit;
    let answered = 0;
    for (let i = 0; i < limit + 5; i++) {
      const code = `guess${String(i).padStart(19, '0')}`;
      if ((await kiosk.call('kiosk.scan', { code, capture: wedge(code) })).status === 200) answered++;
    }
    expect(answered).toBe(limit);
  });

  it('locks the device that gave wrong e-mail answers, never the person asked about', async () => {
    const { server, kiosk, db } = await serve(tempDbPath(), true);
    const find = async (device = kiosk) => (await device.call('kiosk.search', { query: 'gloria echeverria' })).body.value.matches[0].ref as string;
    const ref = await find();
    const { choices } = (await kiosk.call('kiosk.emailChallenge', { ref })).body.value;
    const wrong = choices.findIndex((c: string) => c !== 'gl•••••@an•••••.example');
    const tries = KIOSK_LIMITS['email-wrong'].perClient.limit;
    for (let i = 0; i < tries; i++) expect((await kiosk.call('kiosk.printOwnBadge', { ref, localPart: `guess${i}` })).status).toBe(403);
    expect((await kiosk.call('kiosk.printOwnBadge', { ref, choice: wrong })).status).toBe(429);
    expect((await kiosk.call('kiosk.emailChallenge', { ref })).status).toBe(429);
    // Gloria, at another kiosk, is asked the harder question (no choice to eliminate from) and gets in.
    const other = server.device(TOKENS.kiosk, '127.0.0.4');
    const hers = await find(other);
    expect((await other.call('kiosk.emailChallenge', { ref: hers })).body.value).toEqual({ kind: 'type', domain: 'an•••••.example' });
    expect((await other.call('kiosk.printOwnBadge', { ref: hers, choice: 0 })).status).toBe(403);
    expect((await other.call('kiosk.printOwnBadge', { ref: hers, localPart: 'Gloria' })).body.value).toMatchObject({ outcome: 'admitted' });
    expect(db.prepare('SELECT count(*) FROM checkins').pluck().get()).toBe(1);
  });
});

describe('staff PIN', () => {
  it(`stops a brute force: locked after ${LOCK_AFTER} wrong PINs, even for the right one, across a restart`, async () => {
    const path = tempDbPath();
    const { db, server, kiosk } = await serve(path, true);
    await setStaffPin(db, '48291375');
    const tries: { status: number; left?: boolean }[] = [];
    let pin = 10_000_000;
    // The attacker waits out every back-off (the clock jumps), and tries for one simulated hour.
    const end = server.clock.now + 3600_000;
    while (server.clock.now < end) {
      const r = await kiosk.call('kiosk.leave', { pin: String(pin++) });
      tries.push({ status: r.status, left: r.body.value?.left });
      server.clock.now += r.status === 429 ? 60_000 : 1_000;
    }
    const checked = tries.filter((t) => t.status === 200).length;
    console.info(`PIN brute force over one simulated hour: ${tries.length} requests, ${checked} PINs checked, locked after ${LOCK_AFTER}`);
    expect(tries.filter((t) => t.status === 200).every((t) => t.left === false)).toBe(true);
    // Five PINs checked, then 15 minutes locked, then 30: seven PINs in an hour (a 6-digit PIN has a million).
    const fifth = tries.findIndex((t, i) => tries.slice(0, i + 1).filter((x) => x.status === 200).length === LOCK_AFTER);
    expect(tries.slice(fifth + 1, fifth + 10).every((t) => t.status === 429)).toBe(true);
    expect(checked).toBeLessThanOrEqual(LOCK_AFTER + 2);
    const locked = await kiosk.call('kiosk.leave', { pin: '48291375' });
    expect(locked.status).toBe(429);
    expect(locked.body.error?.message).toMatch(/locked/);
    await server.close();
    servers.length = 0;
    const restarted = await serve(path, false);
    restarted.server.clock.now = server.clock.now;
    expect((await restarted.kiosk.call('kiosk.leave', { pin: '48291375' })).status).toBe(429);
  });

  it('lets staff in with the right PIN after two slips, and a six-to-sixteen-digit PIN is accepted', async () => {
    const { db, kiosk } = await serve(tempDbPath(), true);
    await setStaffPin(db, '1234567890123456');
    expect((await kiosk.call('kiosk.pinStatus', {})).body.value).toEqual({ set: true });
    for (const wrong of ['111111', '222222']) expect((await kiosk.call('kiosk.leave', { pin: wrong })).body.value).toEqual({ left: false });
    expect((await kiosk.call('kiosk.leave', { pin: '1234567890123456' })).body.value).toEqual({ left: true });
    await expect(setStaffPin(db, '1234', '1234567890123456')).rejects.toThrow(/6 to 16 digits/);
  });
});
