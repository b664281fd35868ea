import type PDFDocument from 'pdfkit';
import type { BadgeData } from './badge-data.ts';
import type { Measurer } from './fit-text.ts';
import { categoryColours, categoryLabel } from '../../model/badge-category-style.ts';
import { drawTextRegion, PT_PER_MM, type PlacedLine } from './draw-text.ts';
import { type BadgeAssets, NO_ASSETS } from './badge-assets.ts';
import { drawElements } from './draw-elements.ts';
import { drawQr, qrMatrix } from './qr-vector.ts';
import type { BadgeTemplate } from '../../model/badge-template.ts';

export { categoryColours, categoryLabel } from '../../model/badge-category-style.ts';
export { drawTextRegion, PT_PER_MM, type PlacedLine } from './draw-text.ts';

type Doc = InstanceType<typeof PDFDocument>;

const pt = (mm: number): number => mm * PT_PER_MM;

/** Without a logo beside it, the QR moves to the middle of the row the two share, so the face stays balanced. */
function qrX(r: NonNullable<BadgeTemplate['regions']>, d: BadgeData): number {
  const { qr, logo } = r;
  if (d.logo || !logo) return qr.x;
  const sameRow = logo.y < qr.y + qr.size && qr.y < logo.y + logo.height;
  if (!sameRow) return qr.x;
  const left = Math.min(logo.x, qr.x);
  const right = Math.max(logo.x + logo.width, qr.x + qr.size);
  return left + (right - left - qr.size) / 2;
}

/** Draws one badge face with its top-left corner at (ox, oy) points. */
export function drawBadgeFace(doc: Doc, m: Measurer, t: BadgeTemplate, d: BadgeData, ox: number, oy: number, assets: BadgeAssets = NO_ASSETS): PlacedLine[] {
  if (t.background.toLowerCase() !== '#ffffff') {
    doc.rect(ox, oy, pt(t.size.width), pt(t.size.height)).fill(t.background);
  }
  if (t.elements) return drawElements(doc, m, t, t.elements, d, assets, ox, oy);
  const r = t.regions;
  if (!r) return [];
  const colours = categoryColours(t, d.category);
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
  drawQr(doc, qrMatrix(d.token), ox + pt(qrX(r, d)), oy + pt(r.qr.y), pt(r.qr.size));
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
