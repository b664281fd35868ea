import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../main/api/contract.ts';
import { type FoyerHttpServer, startHttpServer } from '../../../main/api/http.ts';
import { INVALID_INPUTS, PEOPLE, testApi } from './fixture.ts';

const servers: FoyerHttpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function rendererDir(): string {
  const root = mkdtempSync(join(tmpdir(), 'foyer-renderer-'));
  const dir = join(root, 'renderer');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Foyer</title>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log("foyer")');
  writeFileSync(join(root, 'secret.txt'), 'TOP SECRET');
  return dir;
}

async function serve(host = '127.0.0.1', tokens?: { desk: string; kiosk: string }) {
  const api = testApi();
  const http = await startHttpServer({ api, host, port: 0, rendererDir: rendererDir(), ...(tokens ? { tokens } : {}) });
  servers.push(http);
  const base = `http://127.0.0.1:${http.port}`;
  const post = async (method: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${base}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    // The answers are read as loose JSON: the schemas are the contract's job, the test checks values.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: res.status, body: (await res.json()) as { ok: boolean; value?: any; error?: { code: string; message: string } } };
  };
  return { api, http, base, post };
}

/** A raw GET, so that the path reaches the server exactly as written (fetch would normalise "..") */
function rawGet(port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((done, failed) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c)).on('end', () => done({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', failed).end();
  });
}

describe('HTTP transport', () => {
  it('answers every method fed invalid input with a validation error, and keeps serving', async () => {
    const { post } = await serve();
    for (const method of METHOD_NAMES) {
      for (const input of INVALID_INPUTS) {
        const r = await post(method, input);
        expect(r.status, `${method} ${JSON.stringify(input)}`).toBe(400);
        expect(r.body.error?.code, `${method} ${JSON.stringify(input)}`).toBe('invalid');
      }
    }
    expect((await post('checkin.scan', '{"code": ')).body.error?.message).toMatch(/not valid JSON/);
    const after = await post('roster.search', { query: 'asa' });
    expect(after.body.value[0].attendee.displayName).toBe('Åsa Lindqvist');
  });

  it('refuses oversized bodies, other content types and unknown methods', async () => {
    const { post, base } = await serve();
    const big = await post('roster.search', { query: 'x'.repeat(2 << 20) });
    expect(big.status).toBe(413);
    const form = await fetch(`${base}/api/roster.search`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"a"}' });
    expect(form.status).toBe(400);
    expect((await post('roster.drop', {})).status).toBe(404);
    expect((await post('roster.search', { query: 'stefan' })).status).toBe(200);
  });

  it('searches without accents, checks in, undoes over HTTP', async () => {
    const { post } = await serve();
    const found = await post('roster.search', { query: 'capitanu' });
    expect(found.body.value.map((h: { attendee: { id: string } }) => h.attendee.id)).toEqual(['p1']);
    expect(found.body.value[0].checkedIn).toBeNull();
    const admitted = await post('checkin.scan', { code: PEOPLE[0]!.code });
    expect(admitted.body.value).toMatchObject({ outcome: 'admitted', attendee: { id: 'p1' } });
    const shown = await post('roster.search', { query: 'capitanu' });
    expect(shown.body.value[0].checkedIn).toMatchObject({ id: admitted.body.value.checkinId, desk: 'Desk 1' });
    expect((await post('checkin.scan', { code: PEOPLE[0]!.code })).body.value.outcome).toBe('already');
    const undone = await post('checkin.undo', { checkinId: admitted.body.value.checkinId });
    expect(undone.body.value.undoneAt).not.toBeNull();
    expect((await post('roster.search', { query: 'capitanu' })).body.value[0].checkedIn).toBeNull();
  });

  it('streams a check-in to server-sent-event subscribers', async () => {
    const { post, base } = await serve();
    const controller = new AbortController();
    const res = await fetch(`${base}/api/events`, { signal: controller.signal });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = res.body!.getReader();
    await reader.read(); // the retry: preamble, so we know the subscription is live
    await post('checkin.scan', { attendeeId: 'p3' });
    let text = '';
    while (!text.includes('\n\n') || !text.includes('data:')) text += new TextDecoder().decode((await reader.read()).value);
    const update = JSON.parse(text.slice(text.indexOf('data: ') + 6, text.indexOf('\n\n', text.indexOf('data: '))));
    expect(update).toMatchObject({ type: 'checkin', outcome: { outcome: 'admitted', attendee: { id: 'p3' } } });
    controller.abort();
  });

  it('requires the pairing token when bound beyond loopback', async () => {
    const tokens = { desk: 'desk-token-for-test', kiosk: 'kiosk-token-for-test' };
    const { post, base, http } = await serve('0.0.0.0', tokens);
    expect(http.pairing.required).toBe(true);
    const anonymous = await post('roster.search', { query: 'stefan' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error?.code).toBe('unauthorized');
    expect((await post('roster.search', { query: 'stefan' }, { authorization: 'Bearer wrong' })).status).toBe(401);
    const paired = await post('roster.search', { query: 'stefan' }, { authorization: `Bearer ${tokens.desk}` });
    expect(paired.status).toBe(200);
    expect(paired.body.value[0].attendee.id).toBe('p1');
    expect((await fetch(`${base}/api/events`)).status).toBe(401);
    // The pairing link: ?token= on the first page load leaves a cookie that pairs later requests.
    const first = await fetch(`${base}/?token=${tokens.desk}`);
    expect(first.status).toBe(200);
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect((await post('roster.search', { query: 'stefan' }, { cookie: cookie.split(';')[0]! })).status).toBe(200);
  });

  it('lets a kiosk-paired device use only the kiosk methods, which reveal little', async () => {
    const tokens = { desk: 'desk-token-for-test', kiosk: 'kiosk-token-for-test' };
    const { post } = await serve('0.0.0.0', tokens);
    const kiosk = { authorization: `Bearer ${tokens.kiosk}` };
    expect((await post('roster.search', { query: 'stefan' }, kiosk)).status).toBe(403);
    expect((await post('attendee.get', { id: 'p1' }, kiosk)).status).toBe(403);
    const found = await post('kiosk.search', { query: 'capitanu' }, kiosk);
    expect(found.body.value).toEqual({ matches: [{ ref: expect.any(String), firstName: 'Ștefan', familyInitial: 'C.' }], total: 1 });
    const ref = found.body.value.matches[0].ref as string;
    expect(ref).not.toBe('p1');
    expect((await post('kiosk.search', { query: 'a' }, kiosk)).status).toBe(400);
    expect((await post('kiosk.search', { query: 'stefan' }, kiosk)).body.value.total).toBe(0); // a first name alone finds nobody
    const { choices } = (await post('kiosk.emailChallenge', { ref }, kiosk)).body.value;
    const wrong = await post('kiosk.printOwnBadge', { ref, choice: (choices.indexOf('st•••••@ex•••••.ro') + 1) % 3 }, kiosk);
    expect(wrong.body.error?.code).toBe('denied');
    // After a wrong pick the person types the part before @ instead (they are never locked out).
    const right = await post('kiosk.printOwnBadge', { ref, localPart: 'Stefan' }, kiosk);
    expect(right.body.value).toMatchObject({ outcome: 'admitted', firstName: 'Ștefan' });
  });

  it('serves the renderer with content types and refuses to leave its folder', async () => {
    const { http } = await serve();
    const index = await rawGet(http.port, '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toMatch(/script-src 'self'/);
    const js = await rawGet(http.port, '/assets/app.js');
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).toContain('foyer');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%00/index.html']) {
      const r = await rawGet(http.port, path);
      expect(r.body, path).not.toContain('TOP SECRET');
      expect([403, 404], path).toContain(r.status);
    }
    expect((await rawGet(http.port, '/assets/missing.js')).status).toBe(404);
  });

  it('refuses a foreign Host on loopback (DNS rebinding)', async () => {
    const { http } = await serve();
    expect((await rawGet(http.port, '/', { host: 'evil.example:80' })).status).toBe(403);
    expect((await rawGet(http.port, '/', { host: `localhost:${http.port}` })).status).toBe(200);
  });
});
