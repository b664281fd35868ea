import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launchChromium, screenshot, seriousA11yViolations } from './support/browser.ts';
import { ensureRendererBuilt } from './support/build.ts';
import { type DoorServer, startDoorServer } from './support/door-server.ts';
import { speaksEach } from './support/languages.ts';
import { seedEvent } from './support/seed.ts';

// The room door on a tablet: `foyer serve` beyond loopback, the browser paired with the door-only
// token, a session chosen, people scanned in until the room is full.

const MINUTE = 60_000;

describe('room door in Chromium with the door token', () => {
  let foyer: DoorServer;
  let browser: Browser;
  let page: Page;
  let base = '';
  let doorToken = '';
  let deskToken = '';
  const start = Date.now();
  const iso = (offsetMinutes: number): string => new Date(start + offsetMinutes * MINUTE).toISOString();

  beforeAll(async () => {
    ensureRendererBuilt();
    foyer = await startDoorServer((cli, dir) => {
      seedEvent(cli);
      const programme = join(dir, 'programme.csv');
      writeFileSync(programme, [
        'Title,Room,Start,End,Capacity,Type',
        `Breakout: Circular Europe,Sala Avram Iancu,${iso(-10)},${iso(20)},2,workshop`,
        `Pitching: Ukrainian clusters,Sala Avram Iancu,${iso(30)},${iso(60)},,pitching`,
        `Opening plenary,Sala Unirii,${iso(-5)},${iso(25)},,plenary`,
      ].join('\n'));
      cli(['sessions', 'import', programme]);
    });
    ({ base, doorToken, deskToken } = foyer);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 800, height: 1280 } });
    await page.goto(`${base}?token=${doorToken}#/door`);
  });
  afterAll(async () => {
    await browser?.close();
    await foyer?.stop();
  });

  const count = async () => (await page.locator('[data-testid=door-count]').textContent()) ?? '';
  const result = () => page.locator('[data-testid=door-result]');
  const scan = async (code: string): Promise<void> => {
    await page.locator('[data-testid=door-input]').fill(code);
    await page.locator('[data-testid=door-input]').press('Enter');
  };

  it('lists today\'s sessions and opens the one chosen', async () => {
    await page.locator('[data-testid=door-pick]').first().waitFor();
    expect(await page.locator('[data-testid=door-pick]').count()).toBe(3);
    // A tablet paired with the door token gets no way into the desk's screens.
    expect(await page.locator('a[href="#/desk"]').count()).toBe(0);
    await screenshot(page, 'room-door-picker');
    await page.locator('[data-testid=door-pick]', { hasText: 'Circular Europe' }).click();
    await eventually(() => page.locator('[data-testid=door-session-title]').innerText()).toBe('Breakout: Circular Europe');
    await eventually(count).toMatch(/0\s*\/\s*2/);
  });

  it('admits, says "already", shows full before refusing, and refuses the next one', async () => {
    await scan('T-1002');
    await eventually(() => result().getAttribute('data-outcome')).toBe('admitted');
    expect(await result().innerText()).toContain('Ana-Maria Căpitanu');
    expect(await result().innerText()).toContain('Checked in to the event and to this session.');
    await eventually(count).toMatch(/1\s*\/\s*2/);
    await scan('T-1002');
    await eventually(() => result().getAttribute('data-outcome')).toBe('already');
    await scan('T-1004');
    await eventually(() => result().innerText()).toContain('Erik Wasberg');
    // Full is shown as soon as the last seat is taken, before anyone is turned away.
    await page.locator('[data-testid=door-full]').waitFor();
    await eventually(count).toMatch(/2\s*\/\s*2/);
    await screenshot(page, 'room-door-full');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await scan('T-1003');
    await eventually(() => result().getAttribute('data-outcome')).toBe('refused');
    expect(await result().innerText()).toContain('The session is full.');
  });

  it('speaks Romanian and Swedish', async () => {
    await speaksEach(page, count, { ro: 'Plin', sv: 'Fullt' });
  });

  it('looks finished in landscape too', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await scan('T-1003');
    await eventually(() => result().getAttribute('data-outcome')).toBe('refused');
    await screenshot(page, 'room-door-refused');
  });

  it('offers the next session in the same room once this one has ended', async () => {
    await page.clock.install({ time: new Date(start + 25 * MINUTE) });
    await page.reload();
    await page.locator('[data-testid=door-ended]').waitFor();
    await screenshot(page, 'room-door-ended');
    await page.locator('[data-testid=door-next]').click();
    await eventually(() => page.locator('[data-testid=door-session-title]').innerText()).toBe('Pitching: Ukrainian clusters');
    await eventually(count).toBe('In the room0');
  });

  it('can call nothing but the room door\'s methods with the door token', async () => {
    const status = async (method: string, body: unknown): Promise<number> => {
      const res = await fetch(`${base}api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${doorToken}` }, body: JSON.stringify(body) });
      return res.status;
    };
    expect(await status('roster.search', { query: 'capitanu' })).toBe(403);
    expect(await status('attendee.get', { id: 'x' })).toBe(403);
    expect(await status('lists.export', { list: 'checkins', day: null })).toBe(403);
    expect(await status('sessions.export', { sessionId: 'x', list: 'attendance' })).toBe(403);
    expect(await status('door.sessions', {})).toBe(200);
    // The page itself, paired with the door token, is refused the same way.
    const fromPage = await page.evaluate(async () => (await fetch('/api/roster.search', {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${sessionStorage.getItem('foyer.token') ?? ''}` }, body: '{"query":"capitanu"}',
    })).status);
    expect(fromPage).toBe(403);
  });

  it('shows each session\'s fill on the dashboard of a desk', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const desk = await context.newPage();
    await desk.goto(`${base}?token=${deskToken}#/dashboard`);
    const panel = desk.locator('[data-testid=session-fill]');
    await panel.waitFor();
    const counts = () => panel.locator('[data-testid=session-count]').allTextContents();
    await eventually(counts).toEqual(['2 / 2 · Full', '0', '0']);
    await panel.scrollIntoViewIfNeeded();
    await screenshot(desk, 'room-door-dashboard');
    await context.close();
  });
});
