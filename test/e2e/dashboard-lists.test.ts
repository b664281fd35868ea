import ExcelJS from 'exceljs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { eventually, launchChromium, screenshot } from './support/browser.ts';
import { ensureRendererBuilt } from './support/build.ts';
import { seedWithCheckins, TIME_ZONE } from './support/seed.ts';
import { type RunningFoyer, startFoyer } from './support/server.ts';

let foyer: RunningFoyer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ensureRendererBuilt();
  foyer = await startFoyer(seedWithCheckins(['T-1002', 'T-1004']));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
});
afterAll(async () => {
  await browser?.close();
  await foyer?.stop();
});

/** Clicks a button that makes a download and reads the workbook it saved. */
async function download(testId: string): Promise<{ name: string; rows: string[][] }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid=${testId}]`).click()]) as [Download, void];
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const rows = workbook.worksheets[0]?.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1).map(String)) ?? [];
  return { name: file.suggestedFilename(), rows };
}

it('saves the day\'s check-ins and every day\'s no-shows as Excel files from the dashboard', async () => {
  await page.goto(`${foyer.url}#/dashboard`);
  await eventually(() => page.locator('[data-testid=stat-checked-in]').textContent()).toBe('2');
  const stats = await foyer.api<{ day: string; registered: number }>('stats.get', {});

  const checkins = await download('export-checkins');
  expect(checkins.name).toBe(`european-cluster-conference-checkins-${stats.day}.xlsx`);
  expect(checkins.rows[0]?.slice(0, 4)).toEqual(['Day', `Time (${TIME_ZONE})`, 'Checked in at (UTC)', 'Name']);
  expect(checkins.rows.slice(1).map((r) => r[3]).sort()).toEqual(['Ana-Maria Căpitanu', 'Erik Wasberg']);
  await eventually(() => page.locator('[data-testid=export-lists] [role=status]').textContent()).toContain('2');
  await screenshot(page, 'dashboard-lists');

  await page.locator('[data-testid=export-days]').selectOption('all');
  const noShows = await download('export-no-shows');
  expect(noShows.name).toBe('european-cluster-conference-no-shows-all-days.xlsx');
  const names = noShows.rows.slice(1).map((r) => r[0]);
  expect(names).toHaveLength(stats.registered - 2);
  expect(names).toContain('Oksana Лисенко');
  expect(names).not.toContain('Erik Wasberg');
});

it('shows another day of the event, with labels for that day, and exports that day', async () => {
  const tabs = page.locator('[data-testid=day-tab]');
  await eventually(() => tabs.count()).toBe(3);
  await expect.poll(() => tabs.first().getAttribute('aria-pressed')).toBe('true');
  await tabs.nth(1).click();
  await eventually(() => page.locator('[data-testid=stat-checked-in]').textContent()).toBe('0');
  expect(await tabs.nth(1).getAttribute('aria-pressed')).toBe('true');
  expect(await page.locator('[data-testid=stat-not-checked-in]').textContent()).toBe('6');
  const labels = await page.locator('[class*=tileLabel]').allTextContents();
  expect(labels).toEqual(['Registered', 'Checked in', 'Expected', 'Cancelled or blocked']);
  await page.locator('[data-testid=export-days]').selectOption('day');
  const tomorrow = await download('export-checkins');
  expect(tomorrow.name).toMatch(/-checkins-\d{4}-\d{2}-\d{2}\.xlsx$/);
  expect(tomorrow.name).not.toContain((await foyer.api<{ day: string }>('stats.get', {})).day);
  expect(tomorrow.rows).toHaveLength(1);
  await screenshot(page, 'dashboard-another-day');

  await tabs.first().click();
  await eventually(() => page.locator('[data-testid=stat-checked-in]').textContent()).toBe('2');
  expect(await page.locator('[class*=tileLabel]').nth(1).textContent()).toBe('Checked in today');
  expect(await page.locator('[data-testid=stat-not-checked-in]').textContent()).toBe('4');
});
