import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQRModule from 'jsqr';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, screenshot, seriousA11yViolations, VIEWPORTS } from './support/browser.ts';
import { type OpenScreen, openScreen } from './support/screen.ts';
import type { RunningFoyer } from './support/server.ts';

// The badge designer in Debian's Chromium against `foyer serve`: real pointer events place and
// size the elements, the design is saved, and `foyer badge` prints the name where it was placed.

const jsQR = jsQRModule as unknown as typeof jsQRModule.default;
const MM = 72 / 25.4;

interface Box { x: number; y: number; width: number; height: number }

async function drag(page: Page, selector: string, dxMm: number, dyMm: number): Promise<void> {
  const scale = Number(await page.locator('[data-testid=designer-page]').getAttribute('data-scale'));
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  const x0 = box.x + box.width / 2;
  const y0 = box.y + box.height / 2;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  // Several moves, as a hand makes: each one is a pointermove the designer snaps.
  for (let i = 1; i <= 8; i++) await page.mouse.move(x0 + (dxMm * scale * i) / 8, y0 + (dyMm * scale * i) / 8);
  await page.mouse.up();
}

async function props(page: Page): Promise<Box> {
  const read = async (k: string): Promise<number> => Number(await page.locator(`[data-testid=prop-${k}]`).inputValue());
  return { x: await read('x'), y: await read('y'), width: await read('width'), height: await read('height') };
}

/** Words of the page with their boxes in points (pdftotext -bbox). */
function wordBoxes(pdf: string): { word: string; xMin: number; yMin: number; xMax: number; yMax: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
    .map((m) => ({ word: m[5] as string, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) }));
}

function readQr(pdf: string, dir: string): string | null {
  execFileSync('pdftoppm', ['-png', '-r', '200', '-singlefile', pdf, join(dir, 'page')]);
  const png = PNG.sync.read(readFileSync(join(dir, 'page.png')));
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data ?? null;
}

describe('badge designer in Chromium', () => {
  let screen: OpenScreen | undefined;
  let foyer: RunningFoyer;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    screen = await openScreen('setup/designer', '[data-testid=designer-start]');
    ({ foyer, page } = screen);
    dir = mkdtempSync(join(tmpdir(), 'foyer-designer-'));
  });
  afterAll(async () => {
    await screen?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('places, drags and resizes with pointer events; undo and redo; saves; foyer badge prints the name where it was placed', async () => {
    // The first page (templates, blank sizes, template per category) passes axe too.
    await page.locator('[data-testid=category-template-speaker]').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.locator('[data-testid=start-blank]').click();
    await page.locator('[data-testid=add-qr]').click();
    await drag(page, '[data-testid=el-qr]', 60, 100);
    const qr = await props(page);
    expect(qr.x).toBeGreaterThan(55);
    expect(qr.y).toBeGreaterThan(95);

    await page.locator('[data-testid=add-name]').click();
    const placed = await props(page);
    // Resize from the corner handle: 20 mm wider, 6 mm taller (snapped to the 1 mm grid).
    await drag(page, '[data-testid=el-name] [data-testid=handle-se]', 20, 6);
    const resized = await props(page);
    expect(resized.width).toBeCloseTo(placed.width + 20, -0.5);
    expect(resized.height).toBeCloseTo(placed.height + 6, -0.5);
    await drag(page, '[data-testid=el-name]', 6, 30);
    const moved = await props(page);
    expect(moved.y).toBeGreaterThan(placed.y + 25);

    // One undo takes back the whole drag, redo puts it back.
    await page.locator('[data-testid=undo]').click();
    await eventually(() => props(page)).toMatchObject({ x: resized.x, y: resized.y });
    await page.locator('[data-testid=redo]').click();
    await eventually(() => props(page)).toMatchObject({ x: moved.x, y: moved.y });
    // Keyboard: arrows nudge 0.5 mm, with Shift 5 mm; Ctrl+Z undoes the last nudge.
    await page.locator('[data-testid=el-name]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowUp');
    await eventually(() => props(page)).toMatchObject({ x: moved.x + 0.5, y: moved.y - 5 });
    await page.keyboard.press('Control+z');
    await eventually(() => props(page)).toMatchObject({ x: moved.x + 0.5, y: moved.y });
    const final = await props(page);

    await page.locator('[data-testid=designer-preview-pages][data-rendered]').waitFor();
    await page.locator('[data-testid=template-name]').fill('e2e-design');
    await page.locator('[data-testid=save]').click();
    await eventually(() => page.locator('[data-testid=save-status]').textContent()).toContain('e2e-design');

    const pdf = join(dir, 'badge.pdf');
    foyer.cli(['badge', 'T-1002', '--template', 'e2e-design', '-o', pdf]);
    const words = wordBoxes(pdf).filter((w) => ['Ana-Maria', 'Căpitanu'].includes(w.word));
    expect(words.map((w) => w.word)).toEqual(['Ana-Maria', 'Căpitanu']);
    const left = Math.min(...words.map((w) => w.xMin)) / MM;
    const right = Math.max(...words.map((w) => w.xMax)) / MM;
    const top = Math.min(...words.map((w) => w.yMin)) / MM;
    const bottom = Math.max(...words.map((w) => w.yMax)) / MM;
    // Centred in the box as placed, within 1 mm; inside it top to bottom.
    expect(Math.abs((left + right) / 2 - (final.x + final.width / 2))).toBeLessThanOrEqual(1);
    expect(top).toBeGreaterThanOrEqual(final.y - 1);
    expect(bottom).toBeLessThanOrEqual(final.y + final.height + 1);
    expect(Math.abs((top + bottom) / 2 - (final.y + final.height / 2))).toBeLessThanOrEqual(1.5);

    // The QR still decodes, and it is this person's badge: the desk admits them with it.
    const token = readQr(pdf, dir);
    expect(token).toBeTruthy();
    const admitted = foyer.cli(['checkin', token as string]);
    expect(admitted).toMatchObject({ outcome: 'admitted', attendee: { name: 'Ana-Maria Căpitanu' } });
  });

  it('moves an element with a finger (touch pointer events)', async () => {
    await page.locator('[data-testid=el-qr]').click();
    const before = await props(page);
    const scale = Number(await page.locator('[data-testid=designer-page]').getAttribute('data-scale'));
    const box = await page.locator('[data-testid=el-qr]').boundingBox();
    if (!box) throw new Error('no QR on screen');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const at = (dx: number, dy: number) => [{ x: box.x + box.width / 2 + dx, y: box.y + box.height / 2 + dy }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0, 0) });
    for (let i = 1; i <= 6; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(0, (-10 * scale * i) / 6) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
    await eventually(async () => (await props(page)).y).toBeLessThan(before.y - 8);
    await page.locator('[data-testid=undo]').click();
    await eventually(() => props(page)).toMatchObject({ y: before.y });
  });

  it('refuses a 10 MB logo with a clear message, in the page and at the API', async () => {
    await page.locator('[data-testid=add-logo]').click();
    const big = Buffer.alloc(10 * 1024 * 1024, 0);
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await page.locator('[data-testid=image-file]').setInputFiles({ name: 'huge-logo.png', mimeType: 'image/png', buffer: big });
    await eventually(() => page.locator('[data-testid=image-error]').textContent()).toMatch(/huge-logo\.png is 10\.0 MB: an image may be at most 2 MB/);
    await expect(foyer.api('designer.addImage', { fileName: 'huge-logo.png', contentBase64: big.toString('base64') })).rejects.toThrow(/at most 2 MB/);
    await expect(foyer.api('designer.addImage', { fileName: 'notes.png', contentBase64: Buffer.from('not an image').toString('base64') })).rejects.toThrow(/not a PNG, JPEG or SVG/);
  });

  it('keeps an SVG logo as vectors in the printed PDF (a PNG one is an image)', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 40"><rect width="100" height="40" fill="#1f5fa8"/><circle cx="20" cy="20" r="14" fill="#f2c200"/></svg>';
    await page.locator('[data-testid=image-file]').setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(svg) });
    await eventually(() => page.locator('[data-testid=prop-image] option:checked').textContent()).toBe('logo.svg');
    // The logo sits where nothing else is (the top-left corner is free).
    await page.locator('[data-testid=prop-x]').fill('4');
    await page.locator('[data-testid=prop-y]').fill('4');
    await page.locator('[data-testid=template-name]').fill('e2e-svg');
    await page.locator('[data-testid=save]').click();
    await eventually(() => page.locator('[data-testid=save-status]').textContent()).toContain('e2e-svg');
    const pdf = join(dir, 'svg.pdf');
    foyer.cli(['badge', 'T-1002', '--template', 'e2e-svg', '-o', pdf]);
    const raw = readFileSync(pdf, 'latin1');
    expect(raw).not.toContain('/Subtype /Image');
    // The logo's blue is drawn as a fill colour in the page's content.
    execFileSync('pdftoppm', ['-png', '-r', '50', '-singlefile', pdf, join(dir, 'svg')]);
    const png = PNG.sync.read(readFileSync(join(dir, 'svg.png')));
    let blue = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i] === 31 && png.data[i + 1] === 95 && png.data[i + 2] === 168) blue++;
    expect(blue).toBeGreaterThan(50);

    // The same design with a PNG logo does carry an image: the check above can fail.
    const pngLogo = new PNG({ width: 4, height: 4 });
    pngLogo.data.fill(200);
    const added = await foyer.api<{ id: string }>('designer.addImage', { fileName: 'logo.png', contentBase64: PNG.sync.write(pngLogo).toString('base64') });
    const { template } = await foyer.api<{ template: { elements: { kind: string; image?: string }[] } }>('designer.get', { templateId: 'e2e-svg' });
    for (const e of template.elements) if (e.kind === 'logo') e.image = added.id;
    await foyer.api('designer.save', { template: { ...template, name: 'e2e-png' } });
    const pngPdf = join(dir, 'png.pdf');
    foyer.cli(['badge', 'T-1002', '--template', 'e2e-png', '-o', pngPdf]);
    expect(readFileSync(pngPdf, 'latin1')).toContain('/Subtype /Image');
  });

  it('outlines in red the element whose text had to be cut, with the name', async () => {
    await page.locator('[data-testid=el-name]').click();
    await page.locator('[data-testid=prop-height]').fill('5');
    await eventually(() => page.locator('[data-testid=el-name]').getAttribute('data-cut')).toBe('true');
    expect(await page.locator('[data-testid=el-name]').textContent()).toMatch(/Cut: .*(Bieńkowska|Căpitanu|Лисенко)/);
    expect(await page.locator('[data-testid=preview-cut]').count()).toBeGreaterThan(0);
    await page.locator('[data-testid=undo]').click();
    await eventually(() => page.locator('[data-testid=el-name]').getAttribute('data-cut')).toBe(null);
  });

  it('looks finished at 1280×800 and 1920×1080 and passes axe', async () => {
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      await page.locator('[data-testid=el-name]').click();
      await page.locator('[data-testid=designer-preview-pages][data-rendered]').waitFor();
      await screenshot(page, 'designer');
    }
    await page.setViewportSize(VIEWPORTS[0]);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
