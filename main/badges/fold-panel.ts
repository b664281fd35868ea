import type PDFDocument from 'pdfkit';
import type { BadgeData } from './badge-data.ts';
import { drawTextRegion, PT_PER_MM, type PlacedLine } from './draw-badge.ts';
import type { Measurer } from './fit-text.ts';
import type { BadgeTemplate, TextRegion } from './templates.ts';

type Doc = InstanceType<typeof PDFDocument>;

const region = (x: number, y: number, width: number, height: number, font: 'regular' | 'bold', size: number, minSize: number, maxLines = 1): TextRegion => ({
  x, y, width, height, font, size, minSize, maxLines, align: 'left', valign: 'top', uppercase: false,
});

/**
 * The inner panel of a fold badge: the person's meetings, one per row (time and table, then who),
 * drawn upright in panel coordinates and turned 180° when the panel sits upside down on the sheet.
 */
export function drawMeetingsPanel(doc: Doc, m: Measurer, t: BadgeTemplate, d: BadgeData): PlacedLine[] {
  const p = t.fold?.meetings;
  if (!p) return [];
  const ox = p.x * PT_PER_MM;
  const oy = p.y * PT_PER_MM;
  doc.save();
  if (p.rotate === 180) doc.rotate(180, { origin: [ox + (p.width * PT_PER_MM) / 2, oy + (p.height * PT_PER_MM) / 2] });
  const margin = 8;
  const w = p.width - 2 * margin;
  const placed = [
    ...drawTextRegion(doc, m, 'meetingsTitle', region(margin, 8, w, 7, 'bold', 12, 9), 'My meetings', t.text, ox, oy),
    ...drawTextRegion(doc, m, 'meetingsEvent', region(margin, 15, w, 5, 'regular', 8, 6), d.eventName, t.muted, ox, oy),
  ];
  const rowHeight = 10.5;
  const top = 23;
  const rows = Math.floor((p.height - top - 10) / rowHeight);
  if (d.meetings.length === 0) {
    placed.push(...drawTextRegion(doc, m, 'meetingsNone', region(margin, top, w, 6, 'regular', 10, 8), 'No meetings scheduled', t.muted, ox, oy));
  }
  const shown = d.meetings.length > rows ? d.meetings.slice(0, rows - 1) : d.meetings;
  shown.forEach((mt, i) => {
    const y = top + i * rowHeight;
    doc.save().lineWidth(0.3).strokeColor('#cccccc').moveTo(ox + margin * PT_PER_MM, oy + (y - 1) * PT_PER_MM)
      .lineTo(ox + (margin + w) * PT_PER_MM, oy + (y - 1) * PT_PER_MM).stroke().restore();
    placed.push(
      ...drawTextRegion(doc, m, 'meetingTime', region(margin, y, 30, 4.5, 'bold', 8.5, 6), mt.time, t.text, ox, oy),
      ...drawTextRegion(doc, m, 'meetingTable', region(margin + 31, y, w - 31, 4.5, 'bold', 8.5, 6), mt.location, t.text, ox, oy),
      ...drawTextRegion(doc, m, 'meetingWho', region(margin, y + 4.7, w, 4.3, 'regular', 8, 5.5), mt.who, t.text, ox, oy),
    );
  });
  if (shown.length < d.meetings.length) {
    const more = `+ ${d.meetings.length - shown.length} more: see your meeting sheet`;
    placed.push(...drawTextRegion(doc, m, 'meetingsMore', region(margin, top + shown.length * rowHeight, w, 5, 'regular', 8, 6), more, t.muted, ox, oy));
  }
  doc.restore();
  return placed;
}
