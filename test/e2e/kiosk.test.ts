import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from './support/browser.ts';
import { PAGE_TEXT } from './support/in-page.ts';
import { type OpenScreen, openScreen } from './support/screen.ts';
import type { RunningFoyer } from './support/server.ts';

describe('kiosk screen in Chromium against foyer serve', () => {
  let foyer: RunningFoyer;
  let browser: Browser;
  let page: Page;
  const title = () => page.locator('h1').first().textContent();
  /** Types on the on-screen keyboard, as a visitor does with a finger. */
  const tap = async (text: string): Promise<void> => {
    for (const ch of text) await page.locator(`[data-testid=on-screen-keyboard] button[aria-label="${ch}"]`).click();
  };

  let screen: OpenScreen | undefined;
  beforeAll(async () => {
    screen = await openScreen('kiosk', '[data-testid=kiosk-type-name]', 'Kiosk 1');
    ({ foyer, browser, page } = screen);
  });
  afterAll(async () => {
    await screen?.close();
  });

  it('switches language: Romanian and Swedish, then back to English', async () => {
    expect(await title()).toBe('Scan your ticket or type your name');
    await page.locator('[data-testid=lang-ro]').click();
    await eventually(title).toBe('Scanați biletul sau tastați-vă numele');
    expect(await page.locator('[data-testid=kiosk-help]').textContent()).toContain('Ajutor');
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('ro');
    await page.locator('[data-testid=lang-sv]').click();
    await eventually(title).toBe('Skanna din biljett eller skriv ditt namn');
    expect(await page.locator('[data-testid=kiosk-type-name]').textContent()).toBe('Skriv mitt namn');
    await page.locator('[data-testid=lang-en]').click();
    await eventually(title).toBe('Scan your ticket or type your name');
  });

  it('never lists the roster: an organisation word finds nobody, a name shows first name and initial only', async () => {
    await page.locator('[data-testid=kiosk-type-name]').click();
    await tap('clu'); // "Cluster" is in most organisations: the kiosk searches names only
    await eventually(() => page.locator('[data-testid=kiosk-hint]').textContent()).toContain('could not find');
    expect(await page.locator('[data-testid=kiosk-match]').count()).toBe(0);
    const text = await page.evaluate<string>(PAGE_TEXT);
    for (const family of ['Căpitanu', 'Cosnița', 'Wasberg', 'Kádár', 'Bieńkowska', 'Klaster', 'Pannon']) expect(text).not.toContain(family);
    await page.locator('[data-testid=kiosk-home]').click();
  });

  it('name → pick the e-mail on file → checked in, badge printed; a wrong pick asks for the part before @', async () => {
    await foyer.api('printers.setRules', { badgePrinter: process.env.FOYER_TEST_PRINTER ?? 'foyer-pdf', autoPrint: true });
    await page.locator('[data-testid=kiosk-type-name]').click();
    await tap('kadar'); // typed without the accents of Kádár
    const match = page.locator('[data-testid=kiosk-match]').first();
    await eventually(() => match.textContent()).toContain('Zoltán K.');
    expect(await match.textContent()).not.toContain('Pannon');
    await match.click();
    await eventually(title).toBe('Hello, Zoltán!');

    // Three masked addresses; a wrong one prints nothing.
    const choices = page.locator('[data-testid=kiosk-email-choice]');
    await eventually(() => choices.count()).toBe(3);
    const masks = await choices.allTextContents();
    expect(masks).toContain('zo•••••@pa•••••.hu');
    expect(masks.join(' ')).not.toContain('kadar');
    await choices.filter({ hasNotText: 'zo•••••@pa•••••.hu' }).first().click();
    await eventually(() => page.locator('[data-testid=kiosk-problem]').textContent()).toContain('not the address we have');
    expect(await page.locator('[data-testid=kiosk-outcome]').count()).toBe(0);

    // After a wrong pick the choice is gone: the person types the part before @.
    await eventually(() => page.locator('[data-testid=kiosk-email]').count()).toBe(1);
    await tap('zoltan.kadar');
    await page.getByRole('button', { name: 'Print my badge' }).click();
    const outcome = page.locator('[data-testid=kiosk-outcome]');
    await eventually(() => outcome.getAttribute('data-outcome')).toBe('admitted');
    expect(await outcome.textContent()).toContain('Take your badge and your meeting sheet');

    const [hit] = await foyer.api<{ attendee: { id: string }; checkedIn: { desk: string; operator: string } | null }[]>('roster.search', { query: 'Kádár' });
    expect(hit?.checkedIn).toMatchObject({ desk: 'Kiosk 1', operator: 'self-service' });
    const jobs = await foyer.api<{ kind: string; attendeeId: string | null }[]>('print.queue');
    expect(jobs.some((j) => j.kind === 'badge' && j.attendeeId === hit?.attendee.id)).toBe(true);
  });

  it('Help raises a flag that every desk screen shows', async () => {
    const desk = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await desk.goto(`${foyer.url}#/desk`);
    await desk.locator('[data-testid=desk-input]').waitFor();
    await page.locator('[data-testid=kiosk-help]').click();
    await eventually(() => page.locator('[role=status]').allTextContents()).toContain('Someone is coming to help you.');
    await eventually(() => desk.locator('[data-testid=help-requests]').textContent()).toContain('Help needed at Kiosk');
    await desk.close();
  });
});
