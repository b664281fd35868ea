import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from './support/browser.ts';
import { dropFileScript } from './support/in-page.ts';
import { type OpenScreen, openScreen } from './support/screen.ts';
import type { RunningFoyer } from './support/server.ts';

/** The part of a canvas element the preview test reads (the Node tsconfig has no DOM types). */
interface CanvasLike {
  readonly width: number;
  readonly height: number;
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null;
}

const IMPORT = fileURLToPath(new URL('../fixtures/e2e-import.csv', import.meta.url));

describe('setup screen in Chromium against foyer serve', () => {
  let foyer: RunningFoyer;
  let page: Page;

  let screen: OpenScreen | undefined;
  beforeAll(async () => {
    screen = await openScreen('setup', '[data-testid=drop-zone]');
    ({ foyer, page } = screen);
  });
  afterAll(async () => {
    await screen?.close();
  });

  it('imports a roster dropped on the page: dry-run preview with mapping, then the import', async () => {
    await page.evaluate(dropFileScript('[data-testid=drop-zone]', 'new-people.csv', readFileSync(IMPORT, 'utf8')));
    const preview = page.locator('[data-testid=import-preview]');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('new-people.csv');
    // The columns were recognised: the last name column is read as the family name.
    const maps = page.locator('[data-testid=import-map]');
    expect(await maps.count()).toBe(7);
    expect(await maps.nth(2).inputValue()).toBe('familyName');
    expect(await maps.nth(0).inputValue()).toBe('code');
    // Nothing is imported by the preview.
    expect(await foyer.api<unknown[]>('roster.search', { query: 'Söderström' })).toHaveLength(0);

    await page.locator('[data-testid=import-commit]').click();
    const result = page.locator('[data-testid=import-result]');
    await result.waitFor();
    expect(await result.textContent()).toContain('3 added');
    const [hit] = await foyer.api<{ attendee: { displayName: string; codes: string[]; category: string } }[]>('roster.search', { query: 'stefanescu' });
    expect(hit?.attendee).toMatchObject({ displayName: 'Radu Ștefănescu', codes: ['T-2003'], category: 'exhibitor' });
  });

  it('draws the badge preview from the PDF, and redraws it for another template', async () => {
    const canvas = page.locator('[data-testid=pdf-preview][data-rendered=true]');
    await canvas.waitFor();
    // Ink on the page: dark pixels where the name and the QR code are.
    const inkOf = (): Promise<{ width: number; height: number; dark: number }> =>
      canvas.evaluate((c: CanvasLike) => {
        const { data } = c.getContext('2d')?.getImageData(0, 0, c.width, c.height) ?? { data: new Uint8ClampedArray() };
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 80 && (data[i + 1] ?? 255) < 80 && (data[i + 2] ?? 255) < 80) dark++;
        return { width: c.width, height: c.height, dark };
      });
    const portrait = await inkOf();
    expect(portrait.height).toBeGreaterThan(portrait.width);
    expect(portrait.dark).toBeGreaterThan(1_000);
    await page.locator('input[name=template]').first().check();
    await eventually(async () => {
      const c = await inkOf().catch(() => ({ width: 0, height: 0, dark: 0 }));
      return c.width > c.height && c.dark > 1_000;
    }).toBe(true);
  });

  it('lets a column be mapped differently before importing (file input path)', async () => {
    await page.locator('[data-testid=import-file]').setInputFiles(IMPORT);
    const maps = page.locator('[data-testid=import-map]');
    await maps.first().waitFor();
    await maps.nth(5).selectOption('ignore'); // e-mail not imported this time
    await eventually(() => maps.nth(5).inputValue()).toBe('ignore');
    expect(await page.locator('[data-testid=import-preview]').textContent()).toMatch(/0\s*new/);
  });

  it('switches the staff screens to Romanian and Swedish', async () => {
    const nav = () => page.locator('nav a').allTextContents();
    await page.locator('[data-testid=language-select]').selectOption('ro');
    await eventually(nav).toEqual(['Recepție', 'Chioșc', 'Situație', 'Ușa sălii', 'Întâlniri B2B', 'Configurare']);
    expect(await page.locator('#setup-import').textContent()).toBe('Importul listei de participanți');
    await page.locator('[data-testid=language-select]').selectOption('sv');
    await eventually(nav).toEqual(['Disk', 'Kiosk', 'Översikt', 'Salsdörr', 'Matchmaking', 'Inställningar']);
    expect(await page.locator('#setup-pin').textContent()).toBe('Personalens PIN-kod');
    await page.locator('[data-testid=language-select]').selectOption('en');
    await eventually(nav).toEqual(['Desk', 'Kiosk', 'Dashboard', 'Room door', 'Matchmaking', 'Setup']);
  });
});
