import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '../../../db/open.ts';
import { findNatsServer } from '../../../main/sync/hub.ts';
import { tempDir, waitFor } from './desks.ts';
import { freePort } from './nats-server.ts';

const FOYER = join(import.meta.dirname, '../../../bin/foyer.js');
const NODE = process.execPath; // the project's Node 24 when run through npx vitest

const foyer = (db: string, ...args: string[]): string =>
  execFileSync(NODE, [FOYER, '--db', db, ...args], { encoding: 'utf8', env: { ...process.env, FOYER_DEBUG: '1' } });
const background = (...args: string[]): ChildProcess => spawn(NODE, [FOYER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
const exit = (p: ChildProcess): Promise<number | null> =>
  p.exitCode !== null ? Promise.resolve(p.exitCode) : new Promise((r) => p.once('exit', (code) => r(code)));

describe('foyer hub / foyer sync / foyer sync status', () => {
  const dir = tempDir();
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds nats-server, or says it is missing', () => {
    expect(findNatsServer()).toMatch(/nats-server$/);
    expect(findNatsServer({ PATH: '' }, [])).toBeNull();
  });

  it('syncs two desks through a hub, each in its own process, and reports the status', async () => {
    const port = await freePort();
    const hub = background('hub', '--port', String(port), '--store', join(dir, 'store'));
    children.push(hub);
    let hubOut = '';
    hub.stdout?.on('data', (d: Buffer) => (hubOut += d.toString()));
    await waitFor(() => hubOut.includes('Hub running'), () => `hub to start: ${hubOut}`);

    const d1 = join(dir, 'd1.sqlite');
    const d2 = join(dir, 'd2.sqlite');
    foyer(d1, 'event', 'create', '--name', 'ECC', '--start', '2025-05-14', '--time-zone', 'UTC');
    expect(JSON.parse(foyer(d1, '--json', 'sync', 'status'))).toMatchObject({ configured: false, running: false, connected: false });
    // The hub requires the token it printed, with its certificate's fingerprint: TOKEN#FINGERPRINT.
    const token = /--token ([0-9a-f]{32}#[0-9a-f]{64})/.exec(hubOut)?.[1] as string;
    expect(token).toMatch(/^[0-9a-f]{32}#[0-9a-f]{64}$/);
    // No secret on nats-server's command line, where `ps` shows it to anyone on the machine.
    const servers = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n').filter((l) => l.includes(join(dir, 'store')) && l.includes('nats-server'));
    expect(servers).toEqual([expect.stringMatching(/nats-server -c .*nats\.conf$/)]);
    expect(servers[0]).not.toContain(token.split('#')[0]);
    expect(() => foyer(d1, 'sync', '--server', `127.0.0.1:${port}`, '--desk', 'X', '--token', `${token.slice(0, 40)}`)).toThrow(/not a certificate fingerprint/);
    const status = (db: string): Record<string, unknown> => JSON.parse(foyer(db, '--json', 'sync', 'status')) as Record<string, unknown>;
    const intruder = join(dir, 'intruder.sqlite');
    const s0 = background('--db', intruder, '--desk', 'Intruder', 'sync', '--server', `127.0.0.1:${port}`, '--token', `guess#${token.split('#')[1]}`);
    children.push(s0);
    await waitFor(() => /authori[sz]ation/i.test(String(status(intruder).lastError)), () => JSON.stringify(status(intruder)));
    expect(status(intruder).connected).toBe(false);
    s0.kill('SIGINT');
    await exit(s0);

    const s1 = background('--db', d1, '--desk', 'Desk 1', 'sync', '--server', `127.0.0.1:${port}`, '--token', token);
    const s2 = background('--db', d2, '--desk', 'Desk 2', 'sync', '--server', `nats://127.0.0.1:${port}`, '--token', token);
    children.push(s1, s2);

    // Connected, and desk 1's one event (the event's settings) sent: right at connect it may still be waiting.
    await waitFor(
      () => status(d1).connected === true && status(d1).waitingToSend === 0 && status(d2).connected === true,
      () => JSON.stringify(status(d1)),
    );
    expect(status(d1)).toMatchObject({ configured: true, desk: 'Desk 1', running: true, waitingToSend: 0, failedEvents: 0 });

    // The event created before syncing reaches desk 2, which can then search and check in.
    const reader = openDb(d2);
    await waitFor(() => reader.prepare('SELECT count(*) FROM event').pluck().get() === 1, () => 'the event to reach desk 2');
    reader.close();

    s1.kill('SIGINT');
    s2.kill('SIGINT');
    expect(await exit(s1)).toBe(0);
    expect(await exit(s2)).toBe(0);
    expect(status(d1)).toMatchObject({ running: false, connected: false, servers: [`nats://127.0.0.1:${port}`], desk: 'Desk 1' });
    expect(status(d1).offlineSince).toEqual(expect.any(String));
    hub.kill('SIGINT');
    expect(await exit(hub)).toBe(0);
  });
});
