import type PDFDocument from 'pdfkit';
import { fitText, type Measurer } from './fit-text.ts';
import type { TextBox } from '../../model/badge-template.ts';

type Doc = InstanceType<typeof PDFDocument>;

export const PT_PER_MM = 72 / 25.4;
export const pt = (mm: number): number => mm * PT_PER_MM;

/** Where a placed text line ended up, in points (tests check these against the region). */
export interface PlacedLine {
  readonly region: string;
  readonly text: string;
  readonly size: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The text did not fit whole and was cut with an ellipsis. */
  readonly truncated: boolean;
}

/** Fits `text` into a region of the face at (ox, oy) and draws it; returns the placed lines. */
export function drawTextRegion(
  doc: Doc, m: Measurer, name: string, r: TextBox, text: string, colour: string, ox: number, oy: number,
): PlacedLine[] {
  const value = r.uppercase ? text.toLocaleUpperCase('en') : text;
  const box = { x: ox + pt(r.x), y: oy + pt(r.y), width: pt(r.width), height: pt(r.height) };
  const fit = fitText(m, { width: box.width, height: box.height, face: r.font, size: r.size, minSize: r.minSize, maxLines: r.maxLines }, value);
  if (fit.lines.length === 0) return [];
  const blockHeight = fit.lines.length * fit.lineHeight;
  const free = box.height - blockHeight;
  let y = box.y + (r.valign === 'top' ? 0 : r.valign === 'bottom' ? free : free / 2);
  const placed: PlacedLine[] = [];
  for (const line of fit.lines) {
    // Measuring sets the document's font size to 1 pt, so the size is set after it, per line.
    const width = m.widthAt1(r.font, line) * fit.size;
    const x = box.x + (r.align === 'left' ? 0 : r.align === 'right' ? box.width - width : (box.width - width) / 2);
    doc.font(r.font).fontSize(fit.size).fillColor(r.colour ?? colour).text(line, x, y, { lineBreak: false });
    placed.push({ region: name, text: line, size: fit.size, x, y, width, height: fit.lineHeight, truncated: fit.truncated });
    y += fit.lineHeight;
  }
  return placed;
}
