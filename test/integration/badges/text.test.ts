import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { fitText } from '../../../main/badges/fit-text.ts';
import { registerFonts } from '../../../main/badges/fonts.ts';
import { pdfMeasurer } from '../../../main/badges/measure.ts';
import { renderBadgePdf } from '../../../main/badges/render-badge.ts';
import { listTemplateNames, loadTemplate } from '../../../main/badges/templates.ts';
import { loadBadgeData } from '../../../main/badges/badge-data.ts';
import { createBadgeDocument } from '../../../main/badges/badge-document.ts';
import { badgeDb, joinLines, PEOPLE, pdfText } from './fixture.ts';

const FILES = { regular: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf' };

describe('badge text', () => {
  const db = badgeDb();

  it('stays text: pdftotext gives every name back exactly', async () => {
    for (const p of PEOPLE.filter((x) => x.id !== 'p-long')) {
      const text = joinLines(pdfText(await renderBadgePdf(db, p.id, 'a6-portrait')));
      expect(text).toContain(p.displayName);
      expect(text).toContain(p.organisation);
    }
  });

  it('prints the event, its dates and the category on the badge', async () => {
    const text = pdfText(await renderBadgePdf(db, 'p-kadar', 'a6-landscape'));
    expect(text).toContain('European Cluster Conference 2019');
    expect(text).toContain('14–16 May 2019');
    expect(text).toContain('PRESS');
    expect(text).toContain('Hungary');
  });

  it('shrinks, then wraps, then ends in an ellipsis, measured with pdfkit', () => {
    const doc = new PDFDocument({ autoFirstPage: false });
    registerFonts(doc, FILES);
    const m = pdfMeasurer(doc, FILES);
    const box = { width: 252, height: 90, face: 'bold', size: 30, minSize: 18, maxLines: 2 };
    const short = fitText(m, box, 'Li Bo');
    expect(short).toMatchObject({ size: 30, lines: ['Li Bo'], truncated: false });
    const medium = fitText(m, box, 'Małgorzata Bieńkowska');
    expect(medium.lines).toHaveLength(1);
    expect(medium.size).toBeLessThan(30);
    expect(medium.size).toBeGreaterThanOrEqual(18);
    const long = fitText(m, box, 'Maria-Magdalena Căpitanu-Dumitrescu-Constantinescu');
    expect(long.lines).toHaveLength(2);
    expect(long.truncated).toBe(false);
    expect(joinLines(long.lines.join('\n'))).toBe('Maria-Magdalena Căpitanu-Dumitrescu-Constantinescu');
    const huge = fitText(m, box, 'Maria-Magdalena Căpitanu-Dumitrescu-Constantinescu von und zu Hohenzollern-Sigmaringen');
    expect(huge.truncated).toBe(true);
    expect(huge.size).toBe(18);
    expect(huge.lines).toHaveLength(2);
    expect(huge.lines[1]?.endsWith('…')).toBe(true);
    for (const fit of [short, medium, long, huge]) {
      doc.font('bold').fontSize(fit.size);
      for (const line of fit.lines) expect(doc.widthOfString(line)).toBeLessThanOrEqual(box.width + 0.01);
      expect(fit.lines.length * doc.currentLineHeight()).toBeLessThanOrEqual(box.height + 0.01);
    }
  });

  it('keeps every line of every built-in template inside its region, for the longest name and organisation', () => {
    const long = loadBadgeData(db, 'p-long', true);
    expect(long.organisation.length).toBeGreaterThanOrEqual(120);
    for (const name of listTemplateNames()) {
      const t = loadTemplate(name);
      const b = createBadgeDocument(t, 'test');
      const placed = b.add(long);
      const regions = t.regions as unknown as Record<string, { x: number; y: number; width: number; height: number }>;
      const origin = t.fold ? { x: t.fold.face.x, y: t.fold.face.y } : { x: (t.sheet ? (t.sheet.width - t.sheet.columns * t.size.width) / 2 : 0), y: t.sheet ? (t.sheet.height - t.sheet.rows * t.size.height) / 2 : 0 };
      const pt = 72 / 25.4;
      // The front face only (a fold badge repeats the face on its back, starting again with the category).
      const backStarts = placed.findIndex((l, i) => i > 0 && l.region === 'category');
      const front = (backStarts > 0 ? placed.slice(0, backStarts) : placed).filter((l) => l.region in regions);
      expect(front.map((l) => l.region)).toContain('name');
      for (const line of front) {
        const r = regions[line.region] as { x: number; y: number; width: number; height: number };
        const [x0, y0] = [(origin.x + r.x) * pt, (origin.y + r.y) * pt];
        expect(line.x, `${name} ${line.region}`).toBeGreaterThanOrEqual(x0 - 0.01);
        expect(line.y, `${name} ${line.region}`).toBeGreaterThanOrEqual(y0 - 0.01);
        expect(line.x + line.width, `${name} ${line.region}: "${line.text}"`).toBeLessThanOrEqual(x0 + r.width * pt + 0.01);
        expect(line.y + line.height, `${name} ${line.region}: "${line.text}"`).toBeLessThanOrEqual(y0 + r.height * pt + 0.01);
        // Re-measure with pdfkit itself, independently of the fitting's cached widths.
        const face = (t.regions as unknown as Record<string, { font: string }>)[line.region]?.font ?? 'regular';
        b.doc.font(face).fontSize(line.size);
        expect(b.doc.widthOfString(line.text)).toBeLessThanOrEqual(r.width * pt + 0.01);
      }
      b.doc.end();
    }
  });
});
