import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNats, type TestNats } from '../integration/sync/nats-server.ts';
import { eventually, launchChromium, screenshot, SCREENSHOTS, seriousA11yViolations } from './support/browser.ts';
import { ensureRendererBuilt } from './support/build.ts';
import { seedEvent } from './support/seed.ts';
import { type RunningFoyer, startFoyer } from './support/server.ts';

// Two desks, each a real `foyer serve` on its own database, and a real venue hub (TLS, token). Desk B
// starts empty, is connected through its Setup screen with the pairing the hub printed
// (TOKEN#FINGERPRINT), and catches up on everything.

const TOKEN = 'e2e-hub-token-5f3a9c';

describe('two desks in sync', () => {
  let nats: TestNats;
  let deskA: RunningFoyer;
  let deskB: RunningFoyer;
  let browser: Browser;
  let page: Page;
  const chip = () => page.locator('[data-testid=sync-chip]');

  beforeAll(async () => {
    ensureRendererBuilt();
    nats = await startNats({ token: TOKEN });
    deskA = await startFoyer(seedEvent, 'Desk A');
    deskB = await startFoyer(() => undefined, 'Desk B');
    await deskA.api('sync.configure', { servers: nats.url, desk: 'Desk A', token: nats.pairing });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  });
  afterAll(async () => {
    await browser?.close();
    await deskB?.stop();
    await deskA?.stop();
    await nats?.dispose();
  });

  it('connects desk B from its Setup screen; the chip says connected', async () => {
    await page.goto(`${deskB.url}#/setup`);
    await eventually(() => chip().getAttribute('data-state')).toBe('single');
    expect(await chip().textContent()).toContain('Single desk');
    const panel = page.locator('section[aria-labelledby=setup-sync]');
    await panel.scrollIntoViewIfNeeded();
    expect(await panel.textContent()).toContain('Run foyer hub on one laptop');
    // The desk's own name is offered for a first connect.
    expect(await page.locator('[data-testid=sync-desk]').inputValue()).toBe('Desk B');
    await page.locator('[data-testid=sync-servers]').fill(`127.0.0.1:${nats.port}`);
    await page.locator('[data-testid=sync-token]').fill(nats.pairing as string);
    await page.locator('[data-testid=sync-connect]').click();
    await eventually(() => page.locator('[data-testid=sync-state]').getAttribute('data-state')).toBe('connected');
    await eventually(() => chip().getAttribute('data-state')).toBe('connected');
    expect(await chip().textContent()).toContain('Desks connected');
    expect(await page.locator('[data-testid=sync-state]').textContent()).toContain(`Connected to 127.0.0.1:${nats.port}`);
    // The certificate this desk trusts, to compare with what `foyer hub` printed after the #.
    const fingerprint = (nats.pairing as string).split('#')[1] as string;
    expect((await page.locator('[data-testid=sync-fingerprint]').textContent())?.replaceAll(' ', '')).toContain(fingerprint);
    // Desk B started empty: the event arrives from desk A through the hub.
    await eventually(() => page.getByRole('banner').textContent()).toContain('European Cluster Conference');

    await page.evaluate('document.fonts.ready.then(() => true)');
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'setup-sync');
    await page.getByRole('banner').screenshot({ path: join(SCREENSHOTS, 'sync-chip-1280x800.png') });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('shows a check-in made at desk A on desk B\'s open card and dashboard, live', async () => {
    await page.goto(`${deskB.url}#/desk`);
    await page.locator('[data-testid=desk-input]').waitFor();
    await page.keyboard.type('wasberg', { delay: 30 });
    const state = page.locator('[data-testid=person-card] [data-testid=checkin-state]');
    await eventually(() => state.textContent()).toContain('Not checked in');

    const row = page.locator('[data-testid=results] [role=option]').first();
    expect(await row.locator('[data-testid=row-in]').count()).toBe(0);

    await deskA.api('checkin.scan', { code: 'T-1004' });
    await eventually(() => state.textContent()).toMatch(/Checked in \d\d:\d\d at Desk A/);
    // The result list follows too, without a keystroke.
    await eventually(() => row.locator('[data-testid=row-in]').count()).toBe(1);

    await page.goto(`${deskB.url}#/dashboard`);
    await eventually(() => page.locator('[data-testid=stat-checked-in]').textContent()).toBe('1');
    await deskA.api('checkin.scan', { code: 'T-1002' });
    await eventually(() => page.locator('[data-testid=stat-checked-in]').textContent()).toBe('2');
    expect(await page.locator('[data-testid=double-admissions]').count()).toBe(0);
  });

  it('lists a person both desks admitted while apart as a possible double admission', async () => {
    await page.goto(`${deskB.url}#/setup`);
    await page.locator('[data-testid=sync-disconnect]').click();
    await eventually(() => chip().getAttribute('data-state')).toBe('stopped');
    await deskA.api('checkin.scan', { code: 'T-1003' });
    await deskB.api('checkin.scan', { code: 'T-1003' });
    // Desk B keeps working while disconnected; its check-in waits to be sent.
    await eventually(() => page.locator('[data-testid=sync-waiting]').textContent()).toBe('1 waiting to send');
    await page.getByRole('banner').screenshot({ path: join(SCREENSHOTS, 'sync-chip-waiting-1280x800.png') });
    // Reconnect without typing the token again: the saved one is kept.
    await page.locator('[data-testid=sync-connect]').click();
    await eventually(() => chip().getAttribute('data-state')).toBe('connected');
    await eventually(() => page.locator('[data-testid=sync-waiting]').count()).toBe(0);

    await page.goto(`${deskB.url}#/dashboard`);
    const row = page.locator('[data-testid=double-admission]');
    await eventually(() => row.count()).toBe(1);
    expect(await row.textContent()).toMatch(/Ioana Cosnița.*Desk A at \d\d:\d\d.*counts.*Desk B at \d\d:\d\d/);
    await eventually(() => page.locator('[data-testid=stat-checked-in]').textContent()).toBe('3');
    await page.evaluate('document.fonts.ready.then(() => true)');
    await screenshot(page, 'dashboard-double-admissions');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('says so when the hub has no events, instead of "connected"', async () => {
    const empty = await startNats({ token: TOKEN });
    const deskC = await startFoyer(() => undefined, 'Desk C');
    try {
      await deskC.api('sync.configure', { servers: empty.url, desk: 'Desk C', token: empty.pairing });
      await page.goto(`${deskC.url}#/setup`);
      await eventually(() => chip().getAttribute('data-state')).toBe('hubEmpty');
      expect(await chip().textContent()).toContain('Hub has no events');
      const state = page.locator('[data-testid=sync-state]');
      expect(await state.textContent()).toContain('the hub has no events: waiting for a desk to restore it');
      await page.evaluate('document.fonts.ready.then(() => true)');
      await page.locator('section[aria-labelledby=setup-sync]').scrollIntoViewIfNeeded();
      await screenshot(page, 'setup-sync-hub-empty');
      expect(await seriousA11yViolations(page)).toEqual([]);
    } finally {
      await deskC.stop();
      await empty.dispose();
    }
  });
});
