import type PDFDocument from 'pdfkit';
import type { BadgeData } from './badge-data.ts';
import { fitText, type Measurer } from './fit-text.ts';
import { drawQr, qrMatrix } from './qr-vector.ts';
import type { BadgeTemplate, TextRegion } from './templates.ts';

type Doc = InstanceType<typeof PDFDocument>;

export const PT_PER_MM = 72 / 25.4;
const pt = (mm: number): number => mm * PT_PER_MM;

const DEFAULT_LABELS: Readonly<Record<string, string>> = {
  participant: 'Participant', speaker: 'Speaker', organiser: 'Organiser', press: 'Press', staff: 'Staff', vip: 'VIP', exhibitor: 'Exhibitor',
};

export function categoryLabel(t: BadgeTemplate, category: string): string {
  return t.labels[category] ?? DEFAULT_LABELS[category] ?? category.charAt(0).toUpperCase() + category.slice(1);
}

/** Where a placed text line ended up, in points (tests check these against the region). */
export interface PlacedLine {
  readonly region: string;
  readonly text: string;
  readonly size: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Fits `text` into a region of the face at (ox, oy) and draws it; returns the placed lines. */
export function drawTextRegion(
  doc: Doc, m: Measurer, name: string, r: TextRegion, text: string, colour: string, ox: number, oy: number,
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
    placed.push({ region: name, text: line, size: fit.size, x, y, width, height: fit.lineHeight });
    y += fit.lineHeight;
  }
  return placed;
}

/** Without a logo beside it, the QR moves to the middle of the row the two share, so the face stays balanced. */
function qrX(t: BadgeTemplate, d: BadgeData): number {
  const { qr, logo } = t.regions;
  if (d.logo || !logo) return qr.x;
  const sameRow = logo.y < qr.y + qr.size && qr.y < logo.y + logo.height;
  if (!sameRow) return qr.x;
  const left = Math.min(logo.x, qr.x);
  const right = Math.max(logo.x + logo.width, qr.x + qr.size);
  return left + (right - left - qr.size) / 2;
}

/** Draws one badge face with its top-left corner at (ox, oy) points. */
export function drawBadgeFace(doc: Doc, m: Measurer, t: BadgeTemplate, d: BadgeData, ox: number, oy: number): PlacedLine[] {
  const r = t.regions;
  const colours = t.colours[d.category as keyof BadgeTemplate['colours']] ?? t.colours.participant;
  if (t.background.toLowerCase() !== '#ffffff') {
    doc.rect(ox, oy, pt(t.size.width), pt(t.size.height)).fill(t.background);
  }
  doc.rect(ox + pt(r.band.x), oy + pt(r.band.y), pt(r.band.width), pt(r.band.height)).fill(colours.band);
  const placed = [
    ...drawTextRegion(doc, m, 'category', r.category, categoryLabel(t, d.category), colours.text, ox, oy),
    ...drawTextRegion(doc, m, 'eventName', r.eventName, d.eventName, t.text, ox, oy),
    ...(r.eventDates ? drawTextRegion(doc, m, 'eventDates', r.eventDates, d.eventDates, t.muted, ox, oy) : []),
    ...drawTextRegion(doc, m, 'name', r.name, d.name, t.text, ox, oy),
    ...drawTextRegion(doc, m, 'organisation', r.organisation, d.organisation, t.text, ox, oy),
    ...(r.jobTitle ? drawTextRegion(doc, m, 'jobTitle', r.jobTitle, d.jobTitle, t.text, ox, oy) : []),
    ...(r.country ? drawTextRegion(doc, m, 'country', r.country, d.country, t.muted, ox, oy) : []),
  ];
  drawQr(doc, qrMatrix(d.token), ox + pt(qrX(t, d)), oy + pt(r.qr.y), pt(r.qr.size));
  if (r.vcard && d.vcard) drawQr(doc, qrMatrix(d.vcard), ox + pt(r.vcard.x), oy + pt(r.vcard.y), pt(r.vcard.size));
  if (r.logo && d.logo) {
    try {
      doc.image(d.logo, ox + pt(r.logo.x), oy + pt(r.logo.y), { fit: [pt(r.logo.width), pt(r.logo.height)], align: 'center', valign: 'center' });
    } catch {
      // A logo pdfkit cannot read (an SVG, a broken data URL) is left out rather than losing the badge.
    }
  }
  return placed;
}
