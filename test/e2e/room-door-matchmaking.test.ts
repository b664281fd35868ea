import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signMeetingCode } from '../../main/meetings/meeting-code.ts';
import { eventually, launchChromium, screenshot, seriousA11yViolations } from './support/browser.ts';
import { ensureRendererBuilt } from './support/build.ts';
import { type DoorServer, startDoorServer } from './support/door-server.ts';
import { speaksEach } from './support/languages.ts';
import { readRow } from './support/read-db.ts';
import { wedgeFor } from './support/wedge.ts';
import { dayPlus, seedEvent } from './support/seed.ts';

// A tablet at the matchmaking tables, paired with the door-only token: the room door in
// matchmaking mode confirms meetings from a meeting sheet's code or from both parties' badges.

const today = dayPlus(0);
const SCHEDULE = [
  'Date,Start,End,Table,Status,Code A,Code B',
  `${today},10:00,10:20,T1,Accepted,T-1002,T-1004`, // Căpitanu meets Wasberg: confirmed by code
  `${today},10:20,10:40,T2,Accepted,T-1003,T-1006`, // Cosnița meets Kádár: confirmed by badges
  `${today},10:40,11:00,T3,Declined,T-1001,T-1005`,
  `${today},11:00,11:20,T4,Accepted,T-1001,T-1004`, // Bieńkowska meets Wasberg: at the matchmaking session
  `${dayPlus(1)},10:00,10:20,T1,Accepted,T-1002,T-1005`, // tomorrow: not a meeting today
].join('\n');

describe('room door in matchmaking mode in Chromium with the door token', () => {
  let foyer: DoorServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ensureRendererBuilt();
    foyer = await startDoorServer((cli, dir) => {
      seedEvent(cli);
      writeFileSync(join(dir, 'schedule.csv'), SCHEDULE);
      cli(['meetings', 'import', join(dir, 'schedule.csv')]);
    }, 'Matchmaking');
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 800, height: 1280 } });
    // A clock the test can move on: a first badge is forgotten after a minute.
    await page.clock.install();
    await page.goto(`${foyer.base}?token=${foyer.doorToken}#/door`);
  });
  afterAll(async () => {
    await browser?.close();
    await foyer?.stop();
  });

  const read = <T>(sql: string): T => readRow<T>(foyer.db, sql);
  const meetingAt = (table: string): string => read<{ id: string }>(`SELECT id FROM meetings WHERE location = '${table}' ORDER BY starts_at LIMIT 1`).id;
  const codeFor = (table: string): string => signMeetingCode(read<{ k: string }>('SELECT private_key AS k FROM event').k, meetingAt(table));
  const confirmation = (table: string) =>
    read<{ desk: string; operator: string; place: string; method: string } | undefined>(`SELECT desk, operator, place, method FROM meeting_confirmations WHERE meeting_id = '${meetingAt(table)}'`);
  const result = () => page.locator('[data-testid=door-result]');
  const outcome = () => result().getAttribute('data-outcome');
  const count = async () => (await page.locator('[data-testid=door-count]').textContent()) ?? '';
  /** A screenshot once the result's short pop-in animation is over. */
  const shot = async (name: string): Promise<void> => {
    await page.waitForTimeout(250);
    await screenshot(page, name);
  };
  const scan = async (code: string): Promise<void> => {
    await page.locator('[data-testid=door-input]').fill(code);
    await page.locator('[data-testid=door-input]').press('Enter');
  };

  it('offers the matchmaking tables when there are meetings today but no matchmaking session, and asks where the tablet stands', async () => {
    await page.locator('[data-testid=door-pick-tables]').waitFor();
    expect(await page.locator('[data-testid=door-pick-tables]').innerText()).toContain('0 / 3');
    await shot('room-door-mm-picker');
    await page.locator('[data-testid=door-pick-tables]').click();
    await page.locator('[data-testid=door-place]').fill('Table 7');
    await shot('room-door-mm-place');
    await page.locator('[data-testid=door-place-open]').click();
    await eventually(() => page.locator('[data-testid=door-session-title]').innerText()).toBe('Matchmaking tables');
    await eventually(count).toMatch(/0\s*\/\s*3/);
    expect(await page.locator('a[href="#/desk"]').count()).toBe(0);
  });

  it('confirms a meeting from its code once, then says "already" with when, who and where', async () => {
    const code = codeFor('T1');
    await scan(code);
    await eventually(outcome).toBe('admitted');
    expect(await result().innerText()).toContain('Meeting held');
    expect(await result().innerText()).toContain('Ana-Maria Căpitanu — Erik Wasberg');
    await eventually(count).toMatch(/1\s*\/\s*3/);
    await shot('room-door-mm-held');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(confirmation('T1')).toEqual({ desk: 'Matchmaking door · Table 7', operator: 'room door', place: 'Table 7', method: 'code' });

    await scan(code);
    await eventually(outcome).toBe('already');
    expect(await result().innerText()).toContain('Already confirmed');
    expect(await result().innerText()).toContain('by Matchmaking door · Table 7.');
    expect(read<{ n: number }>(`SELECT count(*) AS n FROM meeting_confirmations`).n).toBe(1);
  });

  it('refuses an altered meeting code like a forged badge', async () => {
    const code = codeFor('T2');
    const at = code.length - 20;
    await scan(`${code.slice(0, at)}${code[at] === 'A' ? 'B' : 'A'}${code.slice(at + 1)}`);
    await eventually(outcome).toBe('refused');
    expect(await result().innerText()).toContain('Not a code of this event');
    expect(confirmation('T2')).toBeUndefined();
    await shot('room-door-mm-forged');
  });

  it('confirms the meeting between two badges scanned one after the other, showing the first party and their meetings meanwhile', async () => {
    // The first badge from a keyboard-wedge scanner: keys 4 ms apart, Enter at once.
    await page.locator('[data-testid=door-input]').focus();
    await (await wedgeFor(page)).scan('T-1003');
    await eventually(outcome).toBe('pending');
    const waiting = await result().innerText();
    expect(waiting).toContain('Ioana Cosnița · Transylvania Furniture Cluster');
    expect(waiting).toContain('Now the other party\'s badge');
    expect(waiting).toContain('Ioana Cosnița — Zoltán Kádár');
    await shot('room-door-mm-first');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await scan('T-1006');
    await eventually(outcome).toBe('admitted');
    expect(await result().innerText()).toContain('Meeting held');
    expect(confirmation('T2')).toEqual({ desk: 'Matchmaking door · Table 7', operator: 'room door', place: 'Table 7', method: 'badges' });
    await eventually(count).toMatch(/2\s*\/\s*3/);
  });

  it('refuses the same badge twice, and two people with no meeting today', async () => {
    await scan('T-1001');
    await eventually(outcome).toBe('pending');
    await scan('T-1001');
    await eventually(outcome).toBe('refused');
    expect(await result().innerText()).toContain('Same badge twice');
    await scan('T-1002');
    await eventually(outcome).toBe('pending');
    await scan('T-1005');
    await eventually(outcome).toBe('refused');
    expect(await result().innerText()).toContain('No meeting between them today');
    expect(read<{ n: number }>(`SELECT count(*) AS n FROM meeting_confirmations`).n).toBe(2);
  });

  it('forgets a first badge after a minute or on Cancel, so the next stranger is not paired with it', async () => {
    await scan('T-1001');
    await eventually(outcome).toBe('pending');
    // The expiry timer is set in an effect after the render that showed 'pending': keep moving the
    // clock until it has fired, rather than once (a single jump can come before the timer exists).
    await eventually(async () => {
      await page.clock.fastForward(61_000);
      return outcome();
    }).toBe('idle');
    // Wasberg does meet Bieńkowska today: paired with the stale badge, this would have confirmed T4.
    await scan('T-1004');
    await eventually(outcome).toBe('pending');
    expect(await result().innerText()).toContain('Erik Wasberg');
    await page.locator('[data-testid=door-mm-cancel]').click();
    await eventually(outcome).toBe('idle');
    await scan('T-1001');
    await eventually(outcome).toBe('pending');
    expect(await result().innerText()).toContain('Małgorzata Bieńkowska');
    expect(confirmation('T4')).toBeUndefined();
    await page.locator('[data-testid=door-mm-cancel]').click();
  });

  it('speaks Romanian and Swedish, and looks finished in landscape', async () => {
    await speaksEach(page, count, { ro: 'Întâlniri ținute azi', sv: 'Möten hållna i dag' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await scan('T-1003');
    await eventually(outcome).toBe('pending');
    await shot('room-door-mm-first-landscape');
    await scan(codeFor('T2'));
    await eventually(outcome).toBe('already');
    await shot('room-door-mm-already-landscape');
  });

  it('opens a session of type matchmaking in matchmaking mode at its room', async () => {
    const start = new Date(Date.now() - 30 * 60_000).toISOString();
    const end = new Date(Date.now() + 5 * 3600_000).toISOString();
    const programme = join(foyer.dir, 'programme.csv');
    writeFileSync(programme, ['Title,Room,Start,End,Type', `Cluster matchmaking,Sala Rotundă,${start},${end},matchmaking`].join('\n'));
    foyer.cli(['sessions', 'import', programme]);
    await page.locator('[data-testid=door-change]').click();
    const pick = page.locator('[data-testid=door-pick]', { hasText: 'Cluster matchmaking' });
    await pick.waitFor();
    expect(await pick.getAttribute('data-mode')).toBe('matchmaking');
    // With a matchmaking session in the programme, the tables are that session.
    expect(await page.locator('[data-testid=door-pick-tables]').count()).toBe(0);
    await pick.click();
    await eventually(() => page.locator('[data-testid=door-session-title]').innerText()).toBe('Cluster matchmaking');
    expect(await page.getByText('At Sala Rotundă').count()).toBe(1);
    // Both badges straight after each other, the second before the first has been answered: it waits its turn.
    await page.locator('[data-testid=door-input]').focus();
    const wedge = await wedgeFor(page);
    await wedge.scan('T-1004');
    await wedge.scan('T-1001');
    await eventually(outcome).toBe('admitted');
    expect(confirmation('T4')).toEqual({ desk: 'Matchmaking door · Sala Rotundă', operator: 'room door', place: 'Sala Rotundă', method: 'badges' });
    await shot('room-door-mm-session');
  });

  it('reports the meetings held, and the door token reaches no report or list', async () => {
    const report = foyer.cli(['meetings', 'report']) as { totals: { held: number; scheduled: number; cancelled: number } };
    expect(report.totals).toMatchObject({ held: 3, cancelled: 1 });
    const status = (method: string, body: unknown) => page.evaluate(async ([m, b]) => (await fetch(`/api/${m as string}`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${sessionStorage.getItem('foyer.token') ?? ''}` }, body: JSON.stringify(b),
    })).status, [method, body] as const);
    expect(await status('meetings.report', {})).toBe(403);
    expect(await status('meetings.exportReport', { format: 'csv' })).toBe(403);
    expect(await status('roster.search', { query: 'wasberg' })).toBe(403);
    expect(await status('checkin.scan', { code: 'T-1002' })).toBe(403);
    expect(await status('door.meetings', {})).toBe(200);
  });
});
