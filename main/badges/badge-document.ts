import PDFDocument from 'pdfkit';
import type { BadgeData } from './badge-data.ts';
import { drawBadgeFace, PT_PER_MM, type PlacedLine } from './draw-badge.ts';
import type { Measurer } from './fit-text.ts';
import { drawMeetingsPanel } from './fold-panel.ts';
import { type BadgeAssets, NO_ASSETS } from './badge-assets.ts';
import { registerFonts, registerUserFonts } from './fonts.ts';
import { pdfMeasurer } from './measure.ts';
import { cellOrigins, drawCutMarks, drawFoldLines, pageSize } from './page-layout.ts';
import type { BadgeTemplate } from './templates.ts';

type Doc = InstanceType<typeof PDFDocument>;

export interface BadgeDocument {
  readonly doc: Doc;
  readonly measurer: Measurer;
  /** Places the next badge: the next cell of a sheet (a new page when full), else a new page. */
  add(data: BadgeData): PlacedLine[];
}

/** A PDF of badges in one template; the caller pipes `doc` somewhere and calls `doc.end()`. */
export function createBadgeDocument(t: BadgeTemplate, title: string, assets: BadgeAssets = NO_ASSETS): BadgeDocument {
  // font: '' skips pdfkit's default Helvetica, which it would otherwise parse from its AFM file for every document.
  const doc = new PDFDocument({ size: pageSize(t), margin: 0, autoFirstPage: false, compress: true, font: '', info: { Title: title, Creator: 'Foyer' } });
  registerFonts(doc, t.fonts);
  const userFonts = registerUserFonts(doc, assets.fonts);
  const measurer = pdfMeasurer(doc, { ...t.fonts, ...userFonts });
  const cells = cellOrigins(t);
  let used = cells.length;
  const newPage = (): void => {
    doc.addPage({ size: pageSize(t), margin: 0 });
    drawCutMarks(doc, t);
    drawFoldLines(doc, t);
    used = 0;
  };
  const faceAt = (x: number, y: number, rotate: 0 | 180, d: BadgeData): PlacedLine[] => {
    if (rotate === 0) return drawBadgeFace(doc, measurer, t, d, x, y, assets);
    doc.save().rotate(180, { origin: [x + (t.size.width * PT_PER_MM) / 2, y + (t.size.height * PT_PER_MM) / 2] });
    const placed = drawBadgeFace(doc, measurer, t, d, x, y, assets);
    doc.restore();
    return placed;
  };
  return {
    doc,
    measurer,
    add(d) {
      if (t.fold) {
        newPage();
        const f = t.fold;
        const placed = faceAt(f.face.x * PT_PER_MM, f.face.y * PT_PER_MM, f.face.rotate, d);
        if (f.back) placed.push(...faceAt(f.back.x * PT_PER_MM, f.back.y * PT_PER_MM, f.back.rotate, d));
        placed.push(...drawMeetingsPanel(doc, measurer, t, d));
        return placed;
      }
      if (used >= cells.length) newPage();
      const cell = cells[used++] as { x: number; y: number };
      return drawBadgeFace(doc, measurer, t, d, cell.x, cell.y, assets);
    },
  };
}

/** Collects a finished document into one Buffer. */
export function toBuffer(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
