import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { eventually, launchChromium, screenshot } from '../../e2e/support/browser.ts';
import { ensureRendererBuilt } from '../../e2e/support/build.ts';
import { seedEvent, TIME_ZONE } from '../../e2e/support/seed.ts';
import { type RunningFoyer, startFoyer } from '../../e2e/support/server.ts';

const yesterday = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() - 86_400_000));

// The Setup screen in Chromium against `foyer serve`: the event's retention date has passed, the
// top bar says so, and the purge needs the event's name typed in full.
describe('Setup → Personal data', () => {
  let foyer: RunningFoyer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    ensureRendererBuilt();
    foyer = await startFoyer((cli) => {
      seedEvent(cli);
      cli(['event', 'create', '--name', 'European Cluster Conference', '--start', yesterday(), '--time-zone', TIME_ZONE, '--retain-until', yesterday()]);
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${foyer.url}#/setup`);
    await page.locator('[data-testid=purge-panel]').waitFor();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await foyer?.stop();
  });

  it('reminds the organiser of the past retention date, and purges only once the exact name is typed', async () => {
    await page.locator('[data-testid=retention-reminder]').waitFor();
    await screenshot(page, 'setup-retention-reminder');
    expect(await page.locator('[data-testid=retention-state]').textContent()).toMatch(/has passed/);
    expect(await page.locator('[data-testid=retention-until]').inputValue()).toBe(yesterday());
    const panel = page.locator('[data-testid=purge-panel]');
    await panel.scrollIntoViewIfNeeded();
    const submit = page.locator('[data-testid=purge-submit]');
    await page.locator('[data-testid=purge-confirm]').fill('European Cluster');
    expect(await submit.isDisabled()).toBe(true);
    await page.locator('[data-testid=purge-confirm]').fill('European Cluster Conference');
    expect(await submit.isDisabled()).toBe(false);
    await screenshot(page, 'setup-purge-before');
    await submit.click();
    await eventually(() => panel.locator('[role=status]').textContent()).toMatch(/Erased 6 people/);
    await eventually(() => page.locator('[data-testid=retention-reminder]').count()).toBe(0);
    expect(await foyer.api<unknown[]>('roster.search', { query: 'a' })).toHaveLength(0);
    await screenshot(page, 'setup-purge-after');
  }, 180_000);
});
