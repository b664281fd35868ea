import type PDFDocument from 'pdfkit';
import { PT_PER_MM } from './draw-badge.ts';
import type { BadgeTemplate } from './templates.ts';

type Doc = InstanceType<typeof PDFDocument>;
const pt = (mm: number): number => mm * PT_PER_MM;

/** Page size in points: the sheet or fold page when there is one, else the badge itself. */
export function pageSize(t: BadgeTemplate): [number, number] {
  const page = t.sheet ?? t.fold ?? t.size;
  return [pt(page.width), pt(page.height)];
}

interface Grid {
  readonly left: number;
  readonly top: number;
  readonly xs: readonly number[];
  readonly ys: readonly number[];
}

/** Top-left corners (mm) of each cell of an n-up sheet, the grid centred on the page. */
function grid(t: BadgeTemplate): Grid {
  const s = t.sheet;
  if (!s) return { left: 0, top: 0, xs: [0], ys: [0] };
  const totalW = s.columns * t.size.width + (s.columns - 1) * s.gap;
  const totalH = s.rows * t.size.height + (s.rows - 1) * s.gap;
  const left = (s.width - totalW) / 2;
  const top = (s.height - totalH) / 2;
  const xs = Array.from({ length: s.columns }, (_, c) => left + c * (t.size.width + s.gap));
  const ys = Array.from({ length: s.rows }, (_, r) => top + r * (t.size.height + s.gap));
  return { left, top, xs, ys };
}

/** Badge origins on one page, in points, in reading order. */
export function cellOrigins(t: BadgeTemplate): { x: number; y: number }[] {
  const g = grid(t);
  return g.ys.flatMap((y) => g.xs.map((x) => ({ x: pt(x), y: pt(y) })));
}

/**
 * Crop marks on the lines where the guillotine cuts: short hairlines in the page margin, outside
 * every badge. Where the margin is too narrow (2 × 2 A6 fills A4) they run along the cut line
 * itself, which the cut removes.
 */
export function drawCutMarks(doc: Doc, t: BadgeTemplate): void {
  const s = t.sheet;
  if (!s?.cutMarks) return;
  const g = grid(t);
  const cutsX = [...new Set(g.xs.flatMap((x) => [x, x + t.size.width]))];
  const cutsY = [...new Set(g.ys.flatMap((y) => [y, y + t.size.height]))];
  const right = g.left + s.columns * t.size.width + (s.columns - 1) * s.gap;
  const bottom = g.top + s.rows * t.size.height + (s.rows - 1) * s.gap;
  const len = (margin: number): [number, number] => (margin >= 4 ? [1.5, Math.min(8, margin - 1)] : [0, 5]);
  doc.save().lineWidth(0.3).strokeColor('#000000');
  const [t0, t1] = len(g.top);
  const [b0, b1] = len(s.height - bottom);
  for (const x of cutsX) {
    const inside = g.top < 4;
    doc.moveTo(pt(x), pt(inside ? 0 : g.top - t0)).lineTo(pt(x), pt(inside ? t1 : g.top - t1));
    doc.moveTo(pt(x), pt(s.height - bottom < 4 ? s.height : bottom + b0)).lineTo(pt(x), pt(s.height - bottom < 4 ? s.height - b1 : bottom + b1));
  }
  const [l0, l1] = len(g.left);
  const [r0, r1] = len(s.width - right);
  for (const y of cutsY) {
    doc.moveTo(pt(g.left < 4 ? 0 : g.left - l0), pt(y)).lineTo(pt(g.left < 4 ? l1 : g.left - l1), pt(y));
    doc.moveTo(pt(s.width - right < 4 ? s.width : right + r0), pt(y)).lineTo(pt(s.width - right < 4 ? s.width - r1 : right + r1), pt(y));
  }
  doc.stroke().restore();
}

/** Dashed fold lines of a fold badge, light enough not to show once folded. */
export function drawFoldLines(doc: Doc, t: BadgeTemplate): void {
  const f = t.fold;
  if (!f) return;
  doc.save().lineWidth(0.4).strokeColor('#b0b0b0').dash(3, { space: 3 });
  doc.moveTo(0, pt(f.height / 2)).lineTo(pt(f.width), pt(f.height / 2));
  doc.moveTo(pt(f.width / 2), 0).lineTo(pt(f.width / 2), pt(f.height));
  doc.stroke().undash().restore();
}
