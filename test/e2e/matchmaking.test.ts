import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signBadgeToken } from '../../main/badges/token.ts';
import { signMeetingCode } from '../../main/meetings/meeting-code.ts';
import { eventually, launchChromium, screenshot, seriousA11yViolations } from './support/browser.ts';
import { ensureRendererBuilt } from './support/build.ts';
import { readRow } from './support/read-db.ts';
import { type RunningFoyer, startFoyer } from './support/server.ts';

let foyer: RunningFoyer;
let browser: Browser;
let page: Page;
let privateKey: string;

// The demo event (today at the venue): 369 meetings between clusters, some held, some cancelled.
beforeAll(async () => {
  ensureRendererBuilt();
  foyer = await startFoyer((cli) => void cli(['demo']), 'Matchmaking desk');
  privateKey = readRow<{ key: string }>(foyer.db, 'SELECT private_key AS key FROM event').key;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
  await foyer?.stop();
});

const query = <T>(sql: string): T => readRow<T>(foyer.db, sql);
const unheld = `SELECT id FROM meetings WHERE status = 'scheduled' AND id NOT IN (SELECT meeting_id FROM meeting_confirmations)`;

async function scan(code: string): Promise<void> {
  await page.locator('[data-testid=matchmaking-input]').fill(code);
  await page.locator('[data-testid=matchmaking-input]').press('Enter');
}

it('marks a meeting held from the code on its sheet, once, and refuses an altered code', async () => {
  await page.goto(`${foyer.url}#/matchmaking`);
  await page.locator('[data-testid=matchmaking-place]').fill('Table 7');
  const { id } = query<{ id: string }>(`${unheld} ORDER BY starts_at LIMIT 1`);
  const code = signMeetingCode(privateKey, id);
  const result = page.locator('[data-testid=matchmaking-result]');

  await scan(code);
  await eventually(() => result.getAttribute('data-kind')).toBe('confirmed');
  expect(await result.textContent()).toContain('Meeting held');
  expect(await result.textContent()).toContain('Table 7');
  await screenshot(page, 'matchmaking-held');
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(query<{ n: number }>(`SELECT count(*) AS n FROM meeting_confirmations WHERE meeting_id = '${id}'`).n).toBe(1);

  await scan(code);
  await eventually(() => result.getAttribute('data-kind')).toBe('already');
  expect(query<{ n: number }>(`SELECT count(*) AS n FROM meeting_confirmations WHERE meeting_id = '${id}'`).n).toBe(1);

  const altered = `${code.slice(0, 10)}${code[10] === 'A' ? 'B' : 'A'}${code.slice(11)}`;
  await scan(altered);
  await eventually(() => result.getAttribute('data-kind')).toBe('refused');
  expect(await result.textContent()).toContain('Not a code of this event');
  await screenshot(page, 'matchmaking-forged');
});

it('marks a meeting held from both parties\u2019 badges scanned one after the other', async () => {
  // Two people on opposite sides of a meeting today that nobody has confirmed yet.
  const pair = query<{ id: string; a: string; b: string }>(
    `SELECT m.id, pa.attendee_id AS a, pb.attendee_id AS b FROM meetings m
     JOIN meeting_parties pa ON pa.meeting_id = m.id AND pa.side = 'A' JOIN meeting_parties pb ON pb.meeting_id = m.id AND pb.side = 'B'
     WHERE m.id IN (${unheld}) AND m.org_a <> '' ORDER BY m.starts_at DESC LIMIT 1`,
  );
  const others = query<{ n: number }>(
    `SELECT count(*) AS n FROM meeting_parties p JOIN meeting_parties q ON q.meeting_id = p.meeting_id AND q.side <> p.side
     WHERE p.attendee_id = '${pair.a}' AND q.attendee_id = '${pair.b}'`,
  );
  expect(others.n).toBe(1);
  const result = page.locator('[data-testid=matchmaking-result]');
  await scan(signBadgeToken(privateKey, pair.a));
  await eventually(() => result.getAttribute('data-kind')).toBe('first');
  expect(await page.locator('[data-testid=matchmaking-input]').getAttribute('placeholder')).toContain('other party');
  await screenshot(page, 'matchmaking-first-badge');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await scan(signBadgeToken(privateKey, pair.b));
  await eventually(() => result.getAttribute('data-kind')).toBe('confirmed');
  const held = query<{ method: string; scanned: string; place: string }>(`SELECT method, scanned, place FROM meeting_confirmations WHERE meeting_id = '${pair.id}'`);
  expect(held).toEqual({ method: 'badges', scanned: JSON.stringify([pair.a, pair.b]), place: 'Table 7' });
});

it('shows the meetings report and the desk plan on the dashboard, with what happened beside the plan', async () => {
  // Thirty people admitted at the front door: the day now has arrivals to set beside the plan.
  const ids = query<{ ids: string }>(`SELECT json_group_array(id) AS ids FROM (SELECT id FROM attendees WHERE status = 'active' AND days IS NULL LIMIT 30)`);
  for (const attendeeId of JSON.parse(ids.ids) as string[]) await foyer.api('checkin.scan', { attendeeId });
  const report = await foyer.api<{ totals: { held: number; cancelled: number } }>('meetings.report');
  await page.goto(`${foyer.url}#/dashboard`);
  await eventually(() => page.locator('[data-testid=meetings-held]').textContent()).toBe(String(report.totals.held));
  expect(report.totals.cancelled).toBeGreaterThan(0);
  await eventually(() => page.locator('[data-testid=plan-answer]').textContent()).toMatch(/Open \d+ desks and \d+ badge printers/);
  expect(await page.locator('[data-testid=desk-plan-chart] [data-desks]').count()).toBeGreaterThan(1);
  // The demo's room doors admitted people at the front door too: the day's arrivals are all of them.
  const day = query<{ day: string }>(`SELECT day FROM checkins WHERE attendee_id = '${(JSON.parse(ids.ids) as string[])[0]}'`).day;
  const arrivals = query<{ n: number }>(`SELECT count(DISTINCT attendee_id) AS n FROM checkins WHERE day = '${day}' AND undone_at IS NULL`).n;
  expect(arrivals).toBeGreaterThanOrEqual(30);
  await eventually(() => page.locator('[data-testid=plan-actual]').textContent()).toContain(`${arrivals} arrivals`);
  expect(await page.locator('[data-testid=desk-plan-actual]').count()).toBe(1);
  await page.locator('[data-testid=meetings-panel]').scrollIntoViewIfNeeded();
  await screenshot(page, 'dashboard-meetings');
  await page.locator('[data-testid=desk-plan]').scrollIntoViewIfNeeded();
  await screenshot(page, 'dashboard-desk-plan');
  expect(await seriousA11yViolations(page)).toEqual([]);
});
