import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, screenshot } from './support/browser.ts';
import { type OpenScreen, openScreen } from './support/screen.ts';
import type { RunningFoyer } from './support/server.ts';
import { type Wedge, wedgeFor } from './support/wedge.ts';

// Issue 15 §2: every scan reaches the scan box, whatever has the focus, and never changes a control.
// The scanner is real key events with a scanner's time stamps (support/wedge.ts); a person types
// with playwright's keyboard at a person's pace.

interface Hit { attendee: { id: string; displayName: string } }
interface Checkin { undoneAt: string | null }

describe('scans at the desk, whatever has the focus (Chromium)', () => {
  let screen: OpenScreen | undefined;
  let foyer: RunningFoyer;
  let page: Page;
  let wedge: Wedge;
  const banner = () => page.locator('[data-testid=result-banner]');
  const card = () => page.locator('[data-testid=person-card]');
  const checkinsOf = async (query: string): Promise<number> => {
    const [hit] = await foyer.api<Hit[]>('roster.search', { query });
    const { checkins } = await foyer.api<{ checkins: Checkin[] }>('attendee.get', { id: hit?.attendee.id });
    return checkins.filter((c) => !c.undoneAt).length;
  };
  /** The next scan's answer, told apart from the one before by the person's name. */
  const admitted = async (name: string): Promise<void> => {
    await eventually(() => banner().textContent()).toContain(name);
    expect(await banner().getAttribute('data-outcome')).toBe('admitted');
  };

  beforeAll(async () => {
    screen = await openScreen('desk', '[data-testid=desk-input]');
    ({ foyer, page } = screen);
    wedge = await wedgeFor(page);
    // Codes that a language selector's type-ahead would read as "Svenska" or "Română".
    for (const [first, code] of [['Sven', 'SV-2001'], ['Radu', 'RO-2002'], ['Tomasz', 'TL-2003'], ['Ingrid', 'SV-2004']] as const) {
      await foyer.api('attendee.walkIn', { firstName: first, familyName: 'Scanner', codes: [code], checkIn: false });
    }
    await foyer.api('printers.setRules', { autoPrint: true });
  });
  afterAll(async () => {
    await screen?.close();
  });

  it('a scan while the print-on-check-in checkbox has the focus admits, and leaves the checkbox as it was', async () => {
    const box = page.locator('[data-testid=auto-print]');
    await box.focus();
    const before = await box.isChecked();
    await wedge.scan('T-1001', { gapMs: 3 });
    await admitted('Małgorzata Bieńkowska');
    expect(await box.isChecked()).toBe(before);
    await box.focus();
    await wedge.scan('RO-2002');
    await admitted('Radu Scanner');
    expect(await box.isChecked()).toBe(before);
    // A person pressing Space on the checkbox still toggles it (and a scan's space does not).
    await box.focus();
    await page.keyboard.press('Space');
    await eventually(() => box.isChecked()).toBe(!before);
    await box.focus();
    await page.keyboard.press('Space');
    await eventually(() => box.isChecked()).toBe(before);
  });

  it('a scan while the language selector has the focus switches no language and opens no list', async () => {
    const select = page.locator('[data-testid=language-select]');
    await select.focus();
    await wedge.scan('SV-2001');
    await admitted('Sven Scanner');
    expect(await select.inputValue()).toBe('en');
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    expect(await page.locator('[data-testid=desk-input]').inputValue()).toBe('');
  });

  it('a scan while a button has the focus does not press it', async () => {
    await page.locator('[data-testid=walk-in]').focus();
    await wedge.scan('T-1003');
    await admitted('Ioana Cosnița');
    expect(await page.locator('dialog[open]').count()).toBe(0);
  });

  it('a scan after a dialog closed, and after Edit → Save, reaches the box', async () => {
    await page.locator('[data-testid=walk-in]').click();
    await page.locator('dialog[open]').waitFor();
    await page.keyboard.press('Escape');
    await eventually(() => page.locator('dialog[open]').count()).toBe(0);
    await wedge.scan('T-1004');
    await admitted('Erik Wasberg');

    await page.locator('[data-testid=edit-button]').click();
    const form = page.locator('[data-testid=attendee-form]');
    await form.locator('input[name=jobTitle]').fill('Cluster manager');
    await form.locator('[data-testid=form-submit]').click();
    await eventually(() => card().textContent()).toContain('Cluster manager');
    await wedge.scan('T-1005');
    await admitted('Oksana Лисенко');
  });

  it('a scan into text the operator typed replaces it, and the typed text comes back after the result', async () => {
    await page.keyboard.type('tomasz', { delay: 90 });
    await eventually(() => page.locator('[data-testid=desk-input]').inputValue()).toBe('tomasz');
    await wedge.scan('T-1006');
    await admitted('Zoltán Kádár');
    expect(await page.locator('[data-testid=desk-input]').inputValue()).toBe('tomasz');
    expect(await page.locator('[data-testid=kept-note]').textContent()).toContain('tomasz');
    // The card is the scanned person's, not the first match for the typed text.
    expect(await card().locator('h2').textContent()).toBe('Zoltán Kádár');
    await screenshot(page, 'door-scan-kept-typing');
    await page.keyboard.press('Escape');
  });

  it('bursts 30-60 ms apart are two scans, never one code; Tab ends a scan like Enter', async () => {
    const last = await wedge.scan('TL-2003', { gapMs: 5 });
    await wedge.scan('SV-2004', { gapMs: 5, end: 'Tab', startAt: last + 0.045 });
    await admitted('Ingrid Scanner');
    expect(await checkinsOf('TL-2003')).toBe(1);
    expect(await checkinsOf('SV-2004')).toBe(1);
    expect(await page.evaluate("document.activeElement?.getAttribute('data-testid') ?? null")).toBe('desk-input');
  });

  it('typed text that matches nobody says so, and clears the previous person\'s card', async () => {
    await eventually(() => card().count()).toBe(1);
    await page.keyboard.type('tomasz lewx', { delay: 70 });
    await page.keyboard.press('Enter');
    await eventually(() => banner().getAttribute('data-outcome')).toBe('no-match');
    expect(await banner().textContent()).toContain('Nobody matches ‘tomasz lewx’');
    expect(await banner().textContent()).not.toContain('Unknown code');
    expect(await card().count()).toBe(0);
    await screenshot(page, 'door-no-match');
  });

  it('an unknown scanned code clears the card: no "Not admitted" above someone else\'s "Check in"', async () => {
    await page.keyboard.type('wasberg', { delay: 70 });
    await eventually(() => card().locator('h2').textContent()).toBe('Erik Wasberg');
    await page.keyboard.press('Escape');
    await wedge.scan('NOPE-4242');
    await eventually(() => banner().getAttribute('data-outcome')).toBe('refused');
    expect(await banner().textContent()).toContain('Unknown code');
    expect(await card().count()).toBe(0);
  });
});
