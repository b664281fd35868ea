// The badge designer: an edit on the canvas → the preview redrawn by the real renderer (pdf.js on
// canvases), in Chromium against `foyer serve`; and a designed badge's render time beside the
// bundled template it was made from, interleaved in the same run.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { openDb } from '../../db/open.ts';
import { renderBadgePdf } from '../../main/badges/render-badge.ts';
import { loadTemplate } from '../../main/badges/templates.ts';
import { toDesignerDraft } from '../../model/badge-elements.ts';
import { saveTemplate } from '../../main/templates/store.ts';
import { launchChromium } from '../e2e/support/browser.ts';
import { ensureRendererBuilt } from '../e2e/support/build.ts';
import { createBenchDb } from './badges-setup.ts';
import { type BenchSection, percentile, timeInterleaved } from './harness.ts';
import { serve } from './serve-foyer.ts';

const actor = { desk: 'bench', operator: 'bench' };
const EDITS = 60;

// In the page: keydown on the canvas → the next time every preview page has been redrawn.
const PROBE = `(() => {
  window.__samples = [];
  let t0 = null;
  document.querySelector('[data-testid=designer-page]').addEventListener('keydown', () => { t0 = performance.now(); }, true);
  new MutationObserver(() => {
    if (t0 !== null) { window.__samples.push(performance.now() - t0); t0 = null; }
  }).observe(document.querySelector('[data-testid=designer-preview-pages]'), { attributes: true, attributeFilter: ['data-rendered'] });
})()`;

async function previewRefresh(dbPath: string): Promise<number[]> {
  ensureRendererBuilt();
  const { url, child } = await serve(dbPath);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${url}#/setup/designer`);
    await page.locator('[data-testid=start-a6-portrait]').click();
    await page.locator('[data-testid=designer-preview-pages][data-rendered]').waitFor();
    await page.evaluate(PROBE);
    await page.locator('[data-testid=el-qr]').focus();
    const count = (): Promise<number> => page.evaluate(() => (globalThis as unknown as { __samples: number[] }).__samples.length);
    for (let i = 0; i < EDITS; i++) {
      const before = await count();
      // Nudge the QR right and back: each keystroke is one edit the preview must follow.
      await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
      await page.waitForFunction((n) => (globalThis as unknown as { __samples: number[] }).__samples.length > n, before);
    }
    const all = await page.evaluate(() => (globalThis as unknown as { __samples: number[] }).__samples);
    return all.slice(5).sort((a, b) => a - b);
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
}

export async function bench(): Promise<BenchSection> {
  const path = createBenchDb(1000);
  const db = openDb(path);
  // The bundled A6 made in the designer, with what a designed face adds: a free text and a rule.
  const draft = toDesignerDraft(loadTemplate('a6-portrait'), 'bench-designed');
  draft.elements?.push(
    { id: 'welcome', kind: 'text', text: 'Welcome to {event}', x: 8, y: 1, width: 89, height: 5, font: 'regular', size: 8, minSize: 6, maxLines: 1, align: 'center', valign: 'middle', uppercase: false },
    { id: 'rule', kind: 'line', x: 8, y: 22, width: 89, height: 2, stroke: '#1f5fa8', strokeWidth: 0.4 },
  );
  saveTemplate(db, actor, draft);
  const ids = db.prepare('SELECT id FROM attendees ORDER BY rowid').pluck().all() as string[];
  const render = await timeInterleaved({
    bundled: (i) => renderBadgePdf(db, ids[i % ids.length] as string, 'a6-portrait'),
    designed: (i) => renderBadgePdf(db, ids[i % ids.length] as string, 'bench-designed'),
  }, 300, 50);
  db.close();
  const samples = await previewRefresh(path);
  rmSync(dirname(path), { recursive: true, force: true });
  const ratio = (render.designed?.p50 ?? NaN) / (render.bundled?.p50 ?? NaN);
  return {
    title: 'Badge designer',
    rows: [
      { name: `edit → preview redrawn, 3 badges (${samples.length} edits, Chromium)`, p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99), goal: 'p95 ≤ 300 ms' },
      { name: 'one badge, bundled a6-portrait (baseline)', ...render.bundled },
      { name: 'one badge, the same designed in the designer (+ text, line)', ...render.designed, baseline: 'one badge, bundled a6-portrait (baseline)' },
      { name: 'designed / bundled, p50', value: ratio, unit: '×', goal: '≤ 1.2×' },
    ],
  };
}
