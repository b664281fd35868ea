import { afterEach, describe, expect, it } from 'vitest';
import { foldedWords } from '../../../main/search/fold.ts';
import { eventWith, tempDbPath } from '../../helpers/db.ts';
import { type KioskServer, NO_LIMITS, serveKiosk, TOKENS, typed, wedge } from './kiosk-http.ts';
import { ECHEVERRIA, kioskRoster } from './roster.ts';

// Issue 14 §1, each attack replayed over the real HTTP transport holding only the kiosk token.

const servers: KioskServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const PEOPLE = kioskRoster();

/** Whether a search answer shows anybody, whatever its shape (the array of matches before issue 14). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const foundAnyone = (r: { status: number; body: { value?: any } }): boolean => {
  const v = r.body.value;
  if (r.status !== 200 || v === undefined) return false;
  return Array.isArray(v) ? v.length > 0 : v.total > 0 || v.matches.length > 0;
};

async function setUp(limits = NO_LIMITS, path = tempDbPath()) {
  const db = eventWith(PEOPLE, path);
  const server = await serveKiosk(db, { limits });
  servers.push(server);
  return { db, server, kiosk: server.device(TOKENS.kiosk) };
}

describe('kiosk over HTTP with the kiosk token', () => {
  it('answers names only: organisation, e-mail and code words find nobody', async () => {
    const { kiosk } = await setUp();
    const probes = new Set<string>();
    for (const p of PEOPLE) {
      for (const w of [...foldedWords(p.fields.organisation ?? ''), ...foldedWords(p.fields.email ?? '')]) {
        for (let n = 3; n <= w.length; n++) probes.add(w.slice(0, n));
      }
      probes.add(p.fields.email ?? '');
    }
    // Words that are also (the start of) somebody's family name are fair game; every other probe must find nobody.
    const families = PEOPLE.flatMap((p) => foldedWords(p.fields.familyName ?? ''));
    const leaks: string[] = [];
    for (const q of probes) {
      if (families.some((f) => f.startsWith(foldedWords(q)[0] ?? ''))) continue;
      const r = await kiosk.call('kiosk.search', { query: q });
      if (foundAnyone(r)) leaks.push(q);
    }
    expect(leaks).toEqual([]);
    expect(probes.size).toBeGreaterThan(100);
  });

  it('lists no roster through 3-letter queries: a first name alone finds nobody, and a match tells first name and initial only', async () => {
    const { kiosk } = await setUp();
    expect((await kiosk.call('kiosk.search', { query: 'clu' })).body.value).toEqual({ matches: [], total: 0 });
    expect((await kiosk.call('kiosk.search', { query: 'ana' })).body.value.total).toBe(0);
    const found = await kiosk.call('kiosk.search', { query: 'kad' });
    expect(found.body.value.total).toBe(4);
    for (const m of found.body.value.matches) {
      expect(Object.keys(m).sort()).toEqual(['familyInitial', 'firstName', 'ref']);
      expect(m.familyInitial).toBe('K.');
      expect(PEOPLE.some((p) => p.id === m.ref)).toBe(false);
    }
    expect(JSON.stringify(found.body)).not.toMatch(/Kádár|Cluster|@|p\d+"/);
    // Walking every 3-letter prefix of every family name shows at most five people a query, nothing more than "Ana K.".
    const seen = new Set<string>();
    for (const f of new Set(PEOPLE.map((p) => foldedWords(p.fields.familyName ?? '')[0] ?? '').filter((f) => f.length >= 3))) {
      const r = await kiosk.call('kiosk.search', { query: f.slice(0, 3) });
      expect(r.body.value.matches.length).toBeLessThanOrEqual(5);
      for (const m of r.body.value.matches) seen.add(`${m.firstName} ${m.familyInitial}`);
    }
    for (const label of seen) expect(label).toMatch(/^\S+ \S\.$/);
  });

  it('recovers no ticket code by prefix extension and no owner by e-mail (the probe of issue 14)', async () => {
    const { kiosk } = await setUp();
    let codeAnswers = 0;
    let emailAnswers = 0;
    for (const p of PEOPLE) {
      for (let n = 3; n <= p.code.length; n++) {
        const r = await kiosk.call('kiosk.search', { query: p.code.slice(0, n) });
        if (foundAnyone(r)) codeAnswers++;
      }
      const e = await kiosk.call('kiosk.search', { query: p.fields.email ?? '' });
      if (foundAnyone(e)) emailAnswers++;
    }
    console.info(`kiosk probe: ${PEOPLE.length} people; code prefixes that answered someone: ${codeAnswers}; e-mail look-ups that answered someone: ${emailAnswers}`);
    expect(codeAnswers).toBe(0);
    expect(emailAnswers).toBe(0);
  });

  it('accepts no attendee id and no other device’s reference as proof', async () => {
    const { kiosk, server } = await setUp();
    expect((await kiosk.call('kiosk.emailChallenge', { ref: 'p5' })).status).toBe(404);
    expect((await kiosk.call('kiosk.printOwnBadge', { ref: 'p5', choice: 0 })).status).toBe(404);
    expect((await kiosk.call('kiosk.printOwnBadge', { ref: 'p5', email: 'ana.0@cluster-cluster.eu' })).status).toBe(400);
    const [match] = (await kiosk.call('kiosk.search', { query: 'wu li' })).body.value.matches;
    expect(match.firstName).toBe('Li');
    const other = server.device(TOKENS.kiosk, '127.0.0.2');
    expect((await other.call('kiosk.emailChallenge', { ref: match.ref })).status).toBe(404);
    // A reference is not a code either.
    expect((await kiosk.call('kiosk.scan', { code: match.ref, capture: wedge(match.ref) })).body.value.outcome).toBe('refused');
    // It expires.
    server.clock.now += 6 * 60_000;
    expect((await kiosk.call('kiosk.emailChallenge', { ref: match.ref })).status).toBe(404);
  });

  it('refuses a code typed by hand; admits the same code scanned, as the kiosk and "self-service"', async () => {
    const { kiosk, db } = await setUp();
    const person = PEOPLE[7]!;
    const byHand = await kiosk.call('kiosk.scan', { code: person.code, capture: typed(person.code) });
    expect(byHand.status).toBe(403);
    expect(byHand.body.error?.message).toMatch(/typed by hand/);
    expect((await kiosk.call('kiosk.scan', { code: person.code })).status).toBe(400);
    expect(db.prepare('SELECT count(*) FROM checkins').pluck().get()).toBe(0);
    const scanned = await kiosk.call('kiosk.scan', { code: person.code, capture: wedge(person.code) });
    expect(scanned.body.value).toMatchObject({ outcome: 'admitted', firstName: person.fields.firstName });
    const row = db.prepare("SELECT desk, operator FROM events WHERE type = 'checkin.recorded'").get();
    expect(row).toEqual({ desk: 'Desk 1 kiosk', operator: 'self-service' });
  });

  it('sends a refused or flagged person to the desk and raises a help request naming them', async () => {
    const { kiosk, db } = await setUp();
    for (const id of ['p201', 'p202']) {
      const p = PEOPLE.find((x) => x.id === id)!;
      const r = await kiosk.call('kiosk.scan', { code: p.code, capture: wedge(p.code) });
      expect(r.body.value).toMatchObject({ outcome: 'desk', helpRaised: true, printed: false });
    }
    const help = db.prepare('SELECT station, message FROM help_requests ORDER BY raised_at').all() as { station: string; message: string }[];
    expect(help.map((h) => h.station)).toEqual(['Desk 1 kiosk', 'Desk 1 kiosk']);
    expect(help[0]?.message).toMatch(/Vera Cancelled .*cancelled/);
    expect(help[1]?.message).toMatch(/Otto Attention .*attention/);
    expect(db.prepare('SELECT count(*) FROM checkins').pluck().get()).toBe(0);
  });

  it('asks for the first name when more than five share a family name, and then finds one', async () => {
    const { kiosk } = await setUp();
    const many = await kiosk.call('kiosk.search', { query: 'Echeverria' });
    expect(many.body.value).toEqual({ matches: [], total: ECHEVERRIA.length });
    const one = await kiosk.call('kiosk.search', { query: 'echeverria glo' });
    expect(one.body.value.matches.map((m: { firstName: string }) => m.firstName)).toEqual(['Gloria']);
    // A short family name, written whole with the first name.
    expect((await kiosk.call('kiosk.search', { query: 'li wu' })).body.value.total).toBe(1);
    expect((await kiosk.call('kiosk.search', { query: 'wu' })).status).toBe(400);
  });

  it('confirms by picking the masked address: the same three every time, none of them another attendee’s', async () => {
    const { kiosk, db } = await setUp();
    const ask = async () => {
      const [m] = (await kiosk.call('kiosk.search', { query: 'gloria echev' })).body.value.matches;
      return { ref: m.ref as string, challenge: (await kiosk.call('kiosk.emailChallenge', { ref: m.ref })).body.value };
    };
    const first = await ask();
    const again = await ask();
    expect(first.challenge.kind).toBe('choose');
    expect(again.challenge.choices).toEqual(first.challenge.choices);
    expect(first.challenge.choices).toContain('gl•••••@an•••••.example');
    const otherAddresses = PEOPLE.filter((p) => p.id !== 'p106').map((p) => p.fields.email);
    for (const c of first.challenge.choices) {
      expect(c).toMatch(/^.{1,2}•+@.{1,2}•+(\.\w+)?$/);
      expect(otherAddresses).not.toContain(c);
    }
    const answer = first.challenge.choices.indexOf('gl•••••@an•••••.example');
    const r = await kiosk.call('kiosk.printOwnBadge', { ref: again.ref, choice: answer });
    expect(r.body.value).toMatchObject({ outcome: 'admitted', firstName: 'Gloria' });
    expect(db.prepare("SELECT operator FROM events WHERE type = 'checkin.recorded'").pluck().get()).toBe('self-service');
  });
});
