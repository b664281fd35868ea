import type { Page } from 'playwright-core';
import { eventually } from './browser.ts';

/** Switches the screen's language selector to each language, waits for `read` to show its words, and returns to English. */
export async function speaksEach(page: Page, read: () => Promise<string>, words: { readonly ro: string; readonly sv: string }): Promise<void> {
  for (const [language, expected] of Object.entries(words)) {
    await page.locator('[data-testid=language-select]').selectOption(language);
    await eventually(read).toContain(expected);
  }
  await page.locator('[data-testid=language-select]').selectOption('en');
}
