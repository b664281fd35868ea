import PDFDocument from 'pdfkit';
import type { Writable } from 'node:stream';
import type { Db } from '../../db/open.ts';
import { getAttendee } from '../../db/queries/attendees.ts';
import { readConference, type StoredConferenceSettings } from '../../db/queries/conference.ts';
import { meetingsOf } from '../../db/queries/meetings.ts';
import { countryName, formatEventDates } from '../badges/badge-data.ts';
import { toBuffer } from '../badges/badge-document.ts';
import { drawTextRegion, PT_PER_MM, type PlacedLine } from '../badges/draw-badge.ts';
import type { Measurer } from '../badges/fit-text.ts';
import { registerFonts } from '../badges/fonts.ts';
import { streamPages } from '../badges/stream-pages.ts';
import { pdfMeasurer } from '../badges/measure.ts';
import { drawQr, qrMatrix } from '../badges/qr-vector.ts';
import { signMeetingCode } from '../meetings/meeting-code.ts';
import type { TextRegion } from '../badges/templates.ts';
import { InputError } from '../errors.ts';
import { type SheetRow, sheetRows } from './sheet-rows.ts';

type Doc = InstanceType<typeof PDFDocument>;
export type SheetSize = 'A4' | 'A5';
export interface SheetOptions { readonly size?: SheetSize }

const FONTS = { regular: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf' } as const;
// Page geometry in mm; A5 is A4 scaled by 1/√2, so both hold 20 meetings (with gaps) on a page.
const PAGE = { A4: { w: 210, h: 297, k: 1 }, A5: { w: 148, h: 210, k: 210 / 297 } } as const;
// Each meeting carries its signed code as a 17 mm QR (about 0.4 mm a module, which a desk scanner
// or a phone reads from paper): 7 + 10 × 19 + 9 × 3 = 224 mm, ten meetings below the header.
const HEIGHT = { day: 7, gap: 3, meeting: 19 } as const;
const MEETINGS_PER_PAGE = 10;
const QR_MM = 17;
const INK = '#1a1a1a';
const MUTED = '#666666';
const WARN = '#b42318';

interface Person { name: string; organisation: string; eventLine: string; rows: SheetRow[]; codeOf: (meetingId: string) => string | null }

function loadPerson(db: Db, attendeeId: string, event: StoredConferenceSettings): Person {
  const a = getAttendee(db, attendeeId);
  if (!a) throw new InputError(`No attendee with id ${attendeeId}.`);
  const s = event.settings;
  return {
    name: a.displayName,
    organisation: [a.organisation, countryName(a.country)].filter(Boolean).join(' · '),
    eventLine: [s.name, formatEventDates(s.days), s.venue].filter(Boolean).join(' · '),
    rows: sheetRows(meetingsOf(db, attendeeId, { withCancelled: true }), s.timeZone, countryName),
    codeOf: (id) => (event.signingKey ? signMeetingCode(event.signingKey.privateKey, id) : null),
  };
}

const text = (x: number, y: number, width: number, height: number, font: 'regular' | 'bold', size: number, align: TextRegion['align'] = 'left', maxLines = 1): TextRegion =>
  ({ x, y, width, height, font, size, minSize: Math.min(size, Math.max(3.5, size * 0.6)), maxLines, align, valign: 'middle', uppercase: false });

/** Draws one person's sheet from the current page on; returns the lines placed (for tests). */
function drawSheet(doc: Doc, m: Measurer, p: Person, size: SheetSize, newPage: () => void): PlacedLine[] {
  const { w, h, k } = PAGE[size];
  // Everything is laid out on the A4 grid and scaled for A5.
  const T = (x: number, y: number, width: number, height: number, font: 'regular' | 'bold', pts: number, align?: TextRegion['align'], lines?: number): TextRegion =>
    text(x * k, y * k, width * k, height * k, font, pts * k, align, lines);
  const margin = 16;
  const inner = w / k - 2 * margin;
  const placed: PlacedLine[] = [];
  const draw = (name: string, r: TextRegion, s: string, colour = INK): void => void placed.push(...drawTextRegion(doc, m, name, r, s, colour, 0, 0));
  let page = 0;
  let y = 0;
  let onPage = 0;
  const header = (): void => {
    newPage();
    page++;
    onPage = 0;
    draw('event', T(margin, 12, inner, 6, 'regular', 9), p.eventLine, MUTED);
    draw('name', T(margin, 19, inner, 12, 'bold', 22), p.name);
    draw('organisation', T(margin, 31, inner, 7, 'regular', 11), p.organisation, MUTED);
    draw('title', T(margin, 40, inner - 40, 7, 'bold', 12), page === 1 ? 'My meetings' : 'My meetings (continued)');
    draw('page', T(margin + inner - 40, 40, 40, 7, 'regular', 9, 'right'), `page ${page}`, MUTED);
    doc.save().lineWidth(0.8).strokeColor(INK).moveTo(margin * k * PT_PER_MM, 48.5 * k * PT_PER_MM).lineTo((margin + inner) * k * PT_PER_MM, 48.5 * k * PT_PER_MM).stroke().restore();
    y = 51;
  };
  header();
  if (p.rows.length === 0) draw('none', T(margin, y + 4, inner, 8, 'regular', 12), 'No meetings scheduled', MUTED);
  const bottom = h / k - 12;
  const qrX = margin + inner - QR_MM;
  const cols = { time: margin, table: margin + 27, who: margin + 52, country: qrX - 33 };
  const mm = (v: number): number => v * k * PT_PER_MM;
  for (const row of p.rows) {
    // At most ten meetings a page, so a sheet reads the same whatever the gaps.
    if (y + HEIGHT[row.kind] > bottom || (row.kind === 'meeting' && onPage === MEETINGS_PER_PAGE)) header();
    if (row.kind === 'meeting') onPage++;
    if (row.kind === 'day') draw('day', T(margin, y + 0.8, inner, 5.5, 'bold', 10), row.text);
    else if (row.kind === 'gap') {
      doc.save().rect(mm(margin), mm(y), mm(inner), mm(HEIGHT.gap - 0.4)).fill('#eeeeee').restore();
      draw('gap', T(cols.who, y, inner - (cols.who - margin), HEIGHT.gap - 0.4, 'regular', 7), row.text, MUTED);
    } else {
      const ink = row.cancelled ? MUTED : INK;
      const top = y + 1.5;
      draw('time', T(cols.time, top, 26, 4.6, 'bold', 10), row.time, ink);
      draw('table', T(cols.table, top, 24, 4.6, 'bold', 10), row.location, ink);
      draw('counterpart', T(cols.who, top, cols.country - cols.who - 2, 4.6, 'bold', 10), row.name, ink);
      draw('counterpartOrganisation', T(cols.who, top + 4.6, cols.country - cols.who - 2, 3.8, 'regular', 8, 'left', 1), row.organisation, MUTED);
      draw('country', T(cols.country, top, 31, 4.6, 'regular', 9, 'right'), row.country, MUTED);
      if (row.note) draw(row.warn ? 'warning' : 'note', T(cols.who, top + 9, qrX - cols.who - 2, 3.8, row.warn ? 'bold' : 'regular', 8), row.note, row.warn ? WARN : MUTED);
      if (row.cancelled) {
        // Struck through, from the time to the country: still readable, plainly off.
        doc.save().lineWidth(1).strokeColor(WARN).moveTo(mm(cols.time), mm(top + 2.4)).lineTo(mm(cols.country + 31), mm(top + 2.4)).stroke().restore();
      } else {
        const code = p.codeOf(row.id);
        if (code) drawQr(doc, qrMatrix(code), mm(qrX), mm(y + 0.5), mm(QR_MM), 2);
      }
      doc.save().lineWidth(0.3).strokeColor('#cccccc').moveTo(mm(margin), mm(y + HEIGHT.meeting)).lineTo(mm(margin + inner), mm(y + HEIGHT.meeting)).stroke().restore();
    }
    y += HEIGHT[row.kind];
  }
  return placed;
}

function createSheetDocument(size: SheetSize, title: string): { doc: Doc; m: Measurer; newPage: () => void } {
  const { w, h } = PAGE[size];
  const doc = new PDFDocument({ size: [w * PT_PER_MM, h * PT_PER_MM], margin: 0, autoFirstPage: false, compress: true, font: '', info: { Title: title, Creator: 'Foyer' } });
  registerFonts(doc, FONTS);
  return { doc, m: pdfMeasurer(doc, FONTS), newPage: () => void doc.addPage({ size: [w * PT_PER_MM, h * PT_PER_MM], margin: 0 }) };
}

function eventOf(db: Db): StoredConferenceSettings {
  const e = readConference(db);
  if (!e) throw new InputError('No event in this database: run `foyer event create` first.');
  return e;
}

/** One person's meeting sheet as a PDF (the print queue and the HTTP API call this). */
export async function renderSheetPdf(db: Db, attendeeId: string, options: SheetOptions = {}): Promise<Buffer> {
  const size = options.size ?? 'A4';
  const person = loadPerson(db, attendeeId, eventOf(db));
  const s = createSheetDocument(size, `Meetings: ${person.name}`);
  drawSheet(s.doc, s.m, person, size, s.newPage);
  return toBuffer(s.doc);
}

/** The sheets of several people in one PDF streamed to `out`, each starting on a new page. */
export async function renderSheetsBatch(db: Db, ids: readonly string[], out: Writable, options: SheetOptions = {}, onProgress: (done: number, total: number) => void = () => {}): Promise<number> {
  const size = options.size ?? 'A4';
  const event = eventOf(db);
  const s = createSheetDocument(size, `Meeting sheets: ${event.settings.name}`);
  return streamPages(s.doc, out, ids, (id) => drawSheet(s.doc, s.m, loadPerson(db, id, event), size, s.newPage), onProgress);
}
