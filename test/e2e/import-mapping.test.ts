import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { dropFileScript } from './support/in-page.ts';
import { type OpenScreen, openScreen } from './support/screen.ts';

const PRETIX = fileURLToPath(new URL('../fixtures/exports/pretix-checkin-list.csv', import.meta.url));
// A generic file whose "Name" column holds badge numbers: the names are under "Delegate".
const NUMBERS_AS_NAMES = 'Name,Delegate,Email\n10442,Ana-Maria Căpitanu,ana@cluster.ro\n10443,Ștefan Cosnița,stefan@tm.ro\n';

describe('Setup: how an export is read', () => {
  let screen: OpenScreen | undefined;
  let page: Page;
  beforeAll(async () => {
    screen = await openScreen('setup', '[data-testid=drop-zone]');
    ({ page } = screen);
  });
  afterAll(async () => {
    await screen?.close();
  });

  it('says which system a file was recognised as, and from which columns', async () => {
    await page.evaluate(dropFileScript('[data-testid=drop-zone]', 'pretix_checkin.csv', readFileSync(PRETIX, 'utf8')));
    await page.locator('[data-testid=import-preview]').waitFor();
    expect(await page.locator('[data-testid=import-preset]').textContent())
      .toBe('read as pretix, recognised from the columns “Order code”, “Attendee name”, “Product”');
    expect(await page.locator('[data-testid=import-preview]').textContent()).toContain('1 person was already checked in at pretix');
    expect(await page.locator('[data-testid=import-preview]').textContent()).toContain('pretix_checkin.csv · 5 rows');
    await screenshot(page, 'import-pretix-preview');
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('stops on a name column of numbers and offers the mapping it suggests', async () => {
    await page.evaluate(dropFileScript('[data-testid=drop-zone]', 'badges.csv', NUMBERS_AS_NAMES));
    const error = page.locator('[data-testid=import-error]');
    await error.waitFor();
    expect(await error.textContent()).toContain('Suggested mapping: --map "Delegate=name" --map "Name=custom"');
    await page.locator('#setup-import').scrollIntoViewIfNeeded();
    await screenshot(page, 'import-name-guard');
    await page.locator('[data-testid=import-use-suggestion]').click();
    await page.locator('[data-testid=import-preview]').waitFor();
    const maps = page.locator('[data-testid=import-map]');
    expect(await maps.nth(0).inputValue()).toBe('custom');
    expect(await maps.nth(1).inputValue()).toBe('fullName');
    await screenshot(page, 'import-name-guard-fixed');
  });
});
