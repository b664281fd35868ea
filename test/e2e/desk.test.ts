import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from './support/browser.ts';
import { type OpenScreen, openScreen } from './support/screen.ts';
import type { RunningFoyer } from './support/server.ts';
import { type Wedge, wedgeFor } from './support/wedge.ts';

const PRINTER = process.env.FOYER_TEST_PRINTER ?? 'foyer-pdf';

interface Checkin { id: string; undoneAt: string | null; desk: string }
interface Hit { attendee: { id: string; displayName: string } }

describe('desk screen in Chromium against foyer serve', () => {
  let foyer: RunningFoyer;
  let page: Page;
  const banner = () => page.locator('[data-testid=result-banner]');
  // A USB scanner: the whole code within milliseconds, then Enter (support/wedge.ts).
  let wedge: Wedge;
  const scan = async (code: string): Promise<void> => {
    await wedge.scan(code);
  };

  let screen: OpenScreen | undefined;
  beforeAll(async () => {
    screen = await openScreen('desk', '[data-testid=desk-input]');
    ({ foyer, page } = screen);
    wedge = await wedgeFor(page);
  });
  afterAll(async () => {
    await screen?.close();
  });

  it('admits a scanned ticket, then says "already" with the time and desk on a second scan', async () => {
    await eventually(() => page.evaluate<string | null>("document.activeElement?.getAttribute('data-testid') ?? null")).toBe('desk-input');
    await scan('T-1002');
    await eventually(() => banner().getAttribute('data-outcome')).toBe('admitted');
    await eventually(() => page.locator('[data-testid=person-card] h2').textContent()).toBe('Ana-Maria Căpitanu');
    // Checked in: the card's main action is now a reprint, and checking in again is not offered.
    const card = page.locator('[data-testid=person-card]');
    await eventually(() => card.locator('.btn-primary').getAttribute('data-testid')).toBe('print-button');
    expect(await card.locator('.btn-primary').textContent()).toBe('Print badge again');
    expect(await card.locator('[data-testid=checkin-button]').count()).toBe(0);
    // The input kept the focus: the next scan goes straight in while the result is shown.
    await scan('T-1002');
    await eventually(() => banner().getAttribute('data-outcome')).toBe('already');
    expect(await banner().textContent()).toMatch(/Already checked in \d\d:\d\d at Desk 1/);
  });

  it('refuses an unknown code in red with the reason', async () => {
    await scan('NOPE-9999');
    await eventually(() => banner().getAttribute('data-outcome')).toBe('refused');
    expect(await banner().getAttribute('data-tone')).toBe('refused');
    expect(await banner().textContent()).toContain('Unknown code');
  });

  it('finds an accented name typed without accents, checks in with Enter, and undoes', async () => {
    await page.keyboard.type('bienkowska', { delay: 60 });
    const option = page.locator('[role=option]').first();
    await eventually(() => option.textContent()).toContain('Małgorzata Bieńkowska');
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await eventually(() => page.locator('[data-testid=person-card]').textContent()).toContain('Needs a wheelchair-accessible seat');
    await page.keyboard.press('Enter');
    await eventually(() => banner().getAttribute('data-outcome')).toBe('admitted');
    expect(await banner().textContent()).toContain('Małgorzata Bieńkowska');

    const [hit] = await foyer.api<Hit[]>('roster.search', { query: 'Bieńkowska' });
    const id = hit?.attendee.id as string;
    const before = await foyer.api<{ checkins: Checkin[] }>('attendee.get', { id });
    expect(before.checkins.filter((c) => !c.undoneAt)).toHaveLength(1);

    await page.locator('[data-testid=undo]').click();
    await eventually(() => banner().getAttribute('data-outcome')).toBe('undone');
    const after = await foyer.api<{ checkins: Checkin[] }>('attendee.get', { id });
    expect(after.checkins.every((c) => c.undoneAt !== null)).toBe(true);
    // Undone: checking in is the card's main action again.
    await eventually(() => page.locator('[data-testid=person-card] .btn-primary').getAttribute('data-testid')).toBe('checkin-button');
  });

  it('checks in and prints: the badge job is in the queue', async () => {
    // This desk prints badges on the CUPS PDF printer (CI sets it up), as chosen in Setup.
    await foyer.api('printers.setRules', { badgePrinter: PRINTER, autoPrint: true });
    await page.keyboard.type('bienkowska', { delay: 60 });
    await eventually(() => page.locator('[role=option]').first().textContent()).toContain('Bieńkowska');
    await page.keyboard.press('Enter');
    await eventually(() => banner().getAttribute('data-outcome')).toBe('admitted');
    const [hit] = await foyer.api<Hit[]>('roster.search', { query: 'Bieńkowska' });
    const jobs = await foyer.api<{ kind: string; attendeeId: string | null; printer: string }[]>('print.queue');
    expect(jobs.some((j) => j.kind === 'badge' && j.attendeeId === hit?.attendee.id && j.printer === PRINTER)).toBe(true);
    await eventually(() => banner().textContent()).toContain(`Badge sent to ${PRINTER}`);
  });

  it('registers a walk-in and checks them in', async () => {
    await page.locator('[data-testid=walk-in]').click();
    const form = page.locator('[data-testid=attendee-form]');
    await form.locator('input[name=firstName]').fill('Sofía');
    await form.locator('input[name=familyName]').fill('Colonna d’Istria');
    await form.locator('input[name=organisation]').fill('Corsica Clusters');
    await form.locator('select[name=category]').selectOption('press');
    await form.locator('[data-testid=form-submit]').click();
    await eventually(() => banner().textContent()).toContain('Sofía Colonna d’Istria');
    expect(await banner().getAttribute('data-outcome')).toBe('admitted');
    expect(await page.locator('[data-testid=person-card] h2').textContent()).toBe('Sofía Colonna d’Istria');
    const hits = await foyer.api<Hit[]>('roster.search', { query: 'colonna' });
    expect(hits.map((h) => h.attendee.displayName)).toContain('Sofía Colonna d’Istria');
  });

  it('edits a person before printing; the card shows the change and the attention flag', async () => {
    await page.keyboard.type('wasberg', { delay: 60 });
    await eventually(() => page.locator('[role=option]').first().textContent()).toContain('Erik Wasberg');
    await page.locator('[data-testid=edit-button]').click();
    const form = page.locator('[data-testid=attendee-form]');
    await form.locator('input[name=organisation]').fill('Kista Science City');
    await form.locator('input[name=attention]').check();
    await form.locator('textarea[name=notes]').fill('Speaker gift at the desk');
    await form.locator('[data-testid=form-submit]').click();
    const card = page.locator('[data-testid=person-card]');
    await eventually(() => card.textContent()).toContain('Kista Science City');
    expect(await page.locator('[data-testid=attention]').textContent()).toContain('Speaker gift at the desk');
  });
});
