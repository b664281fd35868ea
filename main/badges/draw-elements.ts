import type PDFDocument from 'pdfkit';
import type { BadgeAssets } from './badge-assets.ts';
import type { BadgeData } from './badge-data.ts';
import { categoryColours, categoryLabel } from '../../model/badge-category-style.ts';
import { drawImage } from './draw-images.ts';
import { drawTextRegion, type PlacedLine, pt } from './draw-text.ts';
import type { Measurer } from './fit-text.ts';
import { drawQr, qrMatrix } from './qr-vector.ts';
import { type BadgeElement, type BadgeTemplate, isTextElement, type TextElement } from '../../model/badge-template.ts';

type Doc = InstanceType<typeof PDFDocument>;

/** {event}, {days} and {category} in a free text element. */
export function fillPlaceholders(text: string, t: BadgeTemplate, d: BadgeData): string {
  const values: Record<string, string> = { event: d.eventName, days: d.eventDays, category: categoryLabel(t, d.category), venue: d.venue };
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** One line about the person's meetings: "3 meetings: 09:30 Table 4, 10:00 Table 7, …". */
export function meetingSummary(d: BadgeData): string {
  if (d.meetings.length === 0) return '';
  const first = d.meetings.map((m) => `${m.time.split('–')[0] ?? m.time} ${m.location}`.trim());
  return `${d.meetings.length} ${d.meetings.length === 1 ? 'meeting' : 'meetings'}: ${first.join(', ')}`;
}

function textOf(e: TextElement, t: BadgeTemplate, d: BadgeData): string {
  switch (e.kind) {
    case 'name':
      return e.part === 'first' ? d.firstName || d.name : e.part === 'family' ? d.familyName : d.name;
    case 'organisation': return d.organisation;
    case 'jobTitle': return d.jobTitle;
    case 'country': return d.country;
    case 'category': return categoryLabel(t, d.category);
    case 'eventName': return d.eventName;
    case 'eventDates': return d.eventDates;
    case 'meetings': return meetingSummary(d);
    case 'text': return fillPlaceholders(e.text ?? '', t, d);
  }
}

function defaultColour(e: TextElement, t: BadgeTemplate, d: BadgeData): string {
  if (e.kind === 'category') return categoryColours(t, d.category).text;
  return e.kind === 'country' || e.kind === 'eventDates' ? t.muted : t.text;
}

function drawShape(doc: Doc, e: Extract<BadgeElement, { kind: 'line' | 'box' }>, x: number, y: number): void {
  const [w, h, sw] = [pt(e.width), pt(e.height), pt(e.strokeWidth)];
  doc.save();
  if (e.kind === 'line') {
    // A line runs along the longer side of its box, centred across the shorter one.
    const horizontal = w >= h;
    doc.lineWidth(Math.max(sw, 0.1)).strokeColor(e.stroke);
    if (horizontal) doc.moveTo(x, y + h / 2).lineTo(x + w, y + h / 2).stroke();
    else doc.moveTo(x + w / 2, y).lineTo(x + w / 2, y + h).stroke();
  } else {
    doc.rect(x + sw / 2, y + sw / 2, w - sw, h - sw);
    if (e.fill && sw > 0) doc.lineWidth(sw).fillAndStroke(e.fill, e.stroke);
    else if (e.fill) doc.fill(e.fill);
    else if (sw > 0) doc.lineWidth(sw).strokeColor(e.stroke).stroke();
  }
  doc.restore();
}

/** Draws a designed face: the elements in order (later ones on top). Returns the placed text lines. */
export function drawElements(doc: Doc, m: Measurer, t: BadgeTemplate, elements: readonly BadgeElement[], d: BadgeData, assets: BadgeAssets, ox: number, oy: number): PlacedLine[] {
  const placed: PlacedLine[] = [];
  for (const e of elements) {
    const x = ox + pt(e.x);
    const y = oy + pt(e.y);
    if (isTextElement(e)) {
      placed.push(...drawTextRegion(doc, m, e.id, e, textOf(e, t, d), e.colour ?? defaultColour(e, t, d), ox, oy));
      continue;
    }
    switch (e.kind) {
      case 'band':
        doc.rect(x, y, pt(e.width), pt(e.height)).fill(categoryColours(t, d.category).band);
        break;
      case 'qr':
      case 'vcard': {
        const text = e.kind === 'qr' ? d.token : d.vcard;
        if (!text) break;
        const side = Math.min(pt(e.width), pt(e.height));
        drawQr(doc, qrMatrix(text), x + (pt(e.width) - side) / 2, y + (pt(e.height) - side) / 2, side);
        break;
      }
      case 'logo':
        drawLogo(doc, e.image, d, assets, x, y, pt(e.width), pt(e.height));
        break;
      case 'line':
      case 'box':
        drawShape(doc, e, x, y);
        break;
    }
  }
  return placed;
}

function drawLogo(doc: Doc, ref: string, d: BadgeData, assets: BadgeAssets, x: number, y: number, w: number, h: number): void {
  try {
    if (ref === 'event') {
      if (d.logo) doc.image(d.logo, x, y, { fit: [w, h], align: 'center', valign: 'center' });
      return;
    }
    const image = assets.images.get(ref);
    if (image) drawImage(doc, ref, image, x, y, w, h);
  } catch {
    // An image pdfkit cannot read is left out rather than losing the badge (uploads are checked first).
  }
}
