import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, screenshot } from './support/browser.ts';
import { ensureRendererBuilt } from './support/build.ts';
import { seedEvent } from './support/seed.ts';
import { type RunningFoyer, startFoyer } from './support/server.ts';
import { onFrame, readPpm, writeY4m } from './support/y4m.ts';

// Issue 15 §5: the camera reads a real Foyer badge in Debian's Chromium, which has no
// BarcodeDetector on Linux. The fake camera plays a video made from the badge PDF (pdftoppm →
// PPM → Y4M); the decoder's WebAssembly comes from Foyer itself, and nothing leaves localhost.

interface Hit { attendee: { id: string } }
interface Checkin { undoneAt: string | null }

describe('the desk camera reads a badge (Chromium, fake camera)', () => {
  let foyer: RunningFoyer;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    ensureRendererBuilt();
    foyer = await startFoyer(seedEvent);
    const dir = mkdtempSync(join(tmpdir(), 'foyer-camera-'));
    const pdf = join(dir, 'badge.pdf');
    foyer.cli(['badge', 'T-1002', '-o', pdf]);
    // The badge at 90 dpi (an A6 badge is ~370 × 525 px), first page, on a 640 × 480 camera frame.
    const r = spawnSync('pdftoppm', ['-r', '90', '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, 'badge')]);
    if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr.toString()}`);
    const video = join(dir, 'badge.y4m');
    writeY4m(video, onFrame(readPpm(join(dir, 'badge.ppm')), 640, 480));
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('request', (req) => requests.push(req.url()));
    await page.goto(`${foyer.url}#/desk`);
    await page.locator('[data-testid=desk-input]').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await foyer?.stop();
  });

  it('checks in the person on the badge held in front of the camera', async () => {
    await page.locator('[data-testid=camera-button]').click();
    const banner = page.locator('[data-testid=result-banner]');
    await eventually(() => banner.getAttribute('data-outcome')).toBe('admitted');
    expect(await banner.textContent()).toContain('Ana-Maria Căpitanu');
    await screenshot(page, 'door-camera');
    const [hit] = await foyer.api<Hit[]>('roster.search', { query: 'capitanu' });
    const { checkins } = await foyer.api<{ checkins: Checkin[] }>('attendee.get', { id: hit?.attendee.id });
    expect(checkins.filter((c) => !c.undoneAt)).toHaveLength(1);
  });

  it('fetched the decoder from Foyer itself: no request left localhost', () => {
    const origin = new URL(foyer.url).origin;
    expect(requests.some((u) => u.startsWith(origin) && u.endsWith('.wasm'))).toBe(true);
    const away = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(away).toEqual([]);
  });
});
