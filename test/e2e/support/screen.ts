import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { ensureRendererBuilt } from './build.ts';
import { seedEvent } from './seed.ts';
import { type RunningFoyer, startFoyer } from './server.ts';

export interface OpenScreen {
  readonly foyer: RunningFoyer;
  readonly browser: Browser;
  readonly page: Page;
  readonly close: () => Promise<void>;
}

/** A `foyer serve` on the seeded test event and one Chromium page at 1280×800 on a screen, ready. */
export async function openScreen(route: string, readySelector: string, desk = 'Desk 1'): Promise<OpenScreen> {
  ensureRendererBuilt();
  const foyer = await startFoyer(seedEvent, desk);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${foyer.url}#/${route}`);
  await page.locator(readySelector).waitFor();
  return {
    foyer,
    browser,
    page,
    close: async () => {
      await browser.close();
      await foyer.stop();
    },
  };
}
