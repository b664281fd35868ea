import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launchChromium, SCREENSHOTS, screenshot, seriousA11yViolations } from './support/browser.ts';
import { ensureRendererBuilt } from './support/build.ts';
import { seedEvent } from './support/seed.ts';
import { type RunningFoyer, startFoyer } from './support/server.ts';

// A wrong badge scanned into a full workshop, corrected at the desk: the person card's history
// lists the room-door check-in, Undo asks for a reason, and the seat is free again.

const MINUTE = 60_000;
const TITLE = 'Breakout: Circular Europe';

interface DoorStatus { session: { id: string; admitted: number; full: boolean } }

describe('undoing a room-door check-in from the desk in Chromium', () => {
  let foyer: RunningFoyer;
  let page: Page;
  let close: () => Promise<void> = async () => undefined;
  let sessionId = '';

  beforeAll(async () => {
    ensureRendererBuilt();
    const iso = (minutes: number): string => new Date(Date.now() + minutes * MINUTE).toISOString();
    const programme = join(mkdtempSync(join(tmpdir(), 'foyer-session-undo-')), 'programme.csv');
    writeFileSync(programme, ['Title,Room,Start,End,Capacity,Type', `${TITLE},Sala Avram Iancu,${iso(-10)},${iso(50)},1,workshop`].join('\n'));
    foyer = await startFoyer((cli) => {
      seedEvent(cli);
      cli(['sessions', 'import', programme]);
      cli(['checkin', 'T-1002', '--session', TITLE]);
    });
    const browser = await launchChromium();
    close = async () => {
      await browser.close();
      await foyer.stop();
    };
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${foyer.url}#/desk`);
    await page.locator('[data-testid=desk-input]').waitFor();
    const sessions = await foyer.api<{ id: string; title: string }[]>('sessions.list', {});
    sessionId = sessions.find((s) => s.title === TITLE)?.id ?? '';
  });
  afterAll(async () => close());

  const status = () => foyer.api<DoorStatus>('door.status', { sessionId });
  const history = () => page.locator('[data-testid=history]');

  it('lists the room-door check-in on the person card, with an Undo that asks why', async () => {
    expect((await status()).session).toMatchObject({ admitted: 1, full: true });
    await page.keyboard.type('capitanu', { delay: 40 });
    await eventually(() => page.locator('[data-testid=person-card] h2').textContent()).toBe('Ana-Maria Căpitanu');
    const row = history().locator('li[data-kind=session-checkin]');
    await eventually(() => row.innerText()).toContain(`Checked in to a session — ${TITLE}`);
    expect(await row.getAttribute('data-undone')).toBe('false');
    await page.locator('[data-testid=person-card]').screenshot({ path: join(SCREENSHOTS, 'session-undo-card.png') });
    await row.locator('[data-testid=history-session-undo]').click();
    const dialog = page.locator('[data-testid=reason-dialog]');
    await dialog.waitFor();
    expect(await page.locator('dialog #dialog-title').innerText()).toBe('Undo this session check-in?');
    expect(await dialog.innerText()).toContain(`The person leaves the attendance of “${TITLE}”`);
    // A reason is required before the undo can be sent.
    expect(await page.locator('[data-testid=reason-submit]').isDisabled()).toBe(true);
    await dialog.locator('input[name=reason]').fill('scanned the badge of her colleague');
    await screenshot(page, 'session-undo-dialog');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('frees the seat, and the history says who undid it, where and why', async () => {
    await page.locator('[data-testid=reason-submit]').click();
    await page.locator('[data-testid=reason-dialog]').waitFor({ state: 'detached' });
    const undo = history().locator('li[data-kind=session-undo]');
    await eventually(() => undo.innerText()).toContain(`Session check-in undone — ${TITLE} · scanned the badge of her colleague`);
    expect(await undo.innerText()).toContain('Desk 1');
    await eventually(() => history().locator('li[data-kind=session-checkin]').getAttribute('data-undone')).toBe('true');
    expect(await history().locator('[data-testid=history-session-undo]').count()).toBe(0);
    await page.locator('[data-testid=person-card]').screenshot({ path: join(SCREENSHOTS, 'session-undo-done.png') });
    expect((await status()).session).toMatchObject({ admitted: 0, full: false });
    // The right person now gets the seat at the room door.
    expect(await foyer.api<{ outcome: string }>('door.scan', { sessionId, code: 'T-1004' })).toMatchObject({ outcome: 'admitted' });
  });
});
