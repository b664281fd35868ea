import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launchChromium, screenshot, seriousA11yViolations, VIEWPORTS } from './support/browser.ts';
import { ensureRendererBuilt } from './support/build.ts';
import { seedWithCheckins } from './support/seed.ts';
import { type RunningFoyer, startFoyer } from './support/server.ts';

// Every screen at both desk resolutions: a screenshot to look at, and no serious or critical
// accessibility violation (axe-core).
describe.each(VIEWPORTS)('screens at $width×$height', (viewport) => {
  let foyer: RunningFoyer;
  let browser: Browser;
  let page: Page;
  const shoot = async (name: string): Promise<void> => {
    await page.evaluate('document.fonts.ready.then(() => true)');
    await screenshot(page, name);
    expect(await seriousA11yViolations(page)).toEqual([]);
  };

  beforeAll(async () => {
    ensureRendererBuilt();
    foyer = await startFoyer(seedWithCheckins(['T-1002', 'T-1004']));
    const [hit] = await foyer.api<{ attendee: { id: string } }[]>('roster.search', { query: 'Bieńkowska' });
    await foyer.api('attendee.edit', { id: hit?.attendee.id, patch: { attention: true, notes: 'Keynote speaker: call the organiser when she arrives' } });
    await foyer.api('printers.setRules', { badgePrinter: process.env.FOYER_TEST_PRINTER ?? 'foyer-pdf', autoPrint: true });
    browser = await launchChromium();
    page = await browser.newPage({ viewport });
  });
  afterAll(async () => {
    await browser?.close();
    await foyer?.stop();
  });

  it('desk: idle, then a person with the attention flag admitted', async () => {
    await page.goto(`${foyer.url}#/desk`);
    await page.locator('[data-testid=desk-input]').waitFor();
    await shoot('desk-idle');
    await page.keyboard.type('bienkowska', { delay: 30 });
    await page.locator('[role=option]').first().waitFor();
    await page.keyboard.press('Enter');
    // Flagged for attention: staff read the note and confirm before she is admitted (issue 15 §3).
    await eventually(() => page.locator('[data-testid=result-banner]').getAttribute('data-outcome')).toBe('attention');
    await shoot('desk-attention');
    await page.locator('[data-testid=confirm-attention]').click();
    await eventually(() => page.locator('[data-testid=result-banner]').getAttribute('data-outcome')).toBe('admitted');
    await page.keyboard.type('cluster', { delay: 30 });
    await page.locator('[role=option]').nth(2).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Escape');
    await page.keyboard.type('bienkowska', { delay: 30 });
    await eventually(() => page.locator('[data-testid=attention]').count()).toBe(1);
    await shoot('desk');
  });

  it('kiosk: attract screen and name search', async () => {
    await page.goto(`${foyer.url}#/kiosk`);
    await page.locator('[data-testid=kiosk-type-name]').waitFor();
    await shoot('kiosk');
    await page.locator('[data-testid=kiosk-type-name]').click();
    await page.locator('[data-testid=kiosk-name]').fill('kadar');
    await page.locator('[data-testid=kiosk-match]').first().waitFor();
    await shoot('kiosk-search');
  });

  it('setup', async () => {
    await page.goto(`${foyer.url}#/setup`);
    await page.locator('[data-testid=event-form]').waitFor();
    await page.locator('[data-testid=badgePrinter]').waitFor();
    await page.locator('[data-testid=pdf-preview][data-rendered=true]').waitFor();
    await shoot('setup');
  });

  it('dashboard', async () => {
    await page.goto(`${foyer.url}#/dashboard`);
    await eventually(() => page.locator('[data-testid=stat-checked-in]').textContent()).toBe('3');
    await page.locator('[data-testid=arrivals-chart]').waitFor();
    await shoot('dashboard');
  });
});
