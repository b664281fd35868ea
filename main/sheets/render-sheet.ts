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
import type { TextRegion } from '../badges/templates.ts';
import { InputError } from '../errors.ts';
import { type SheetRow, sheetRows } from './sheet-rows.ts';

type Doc = InstanceType<typeof PDFDocument>;
export type SheetSize = 'A4' | 'A5';
export interface SheetOptions { readonly size?: SheetSize }

const FONTS = { regular: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf' } as const;
// Page geometry in mm; A5 is A4 scaled by 1/√2, so both hold 20 meetings (with gaps) on a page.
const PAGE = { A4: { w: 210, h: 297, k: 1 }, A5: { w: 148, h: 210, k: 210 / 297 } } as const;
// 7 + 20 × 8.5 + 19 × 3 = 234 mm: twenty meetings with a gap between each fit below the header.
const HEIGHT = { day: 7, gap: 3, meeting: 8.5 } as const;
const MEETINGS_PER_PAGE = 20;
const INK = '#1a1a1a';
const MUTED = '#666666';

interface Person { name: string; organisation: string; eventLine: string; rows: SheetRow[] }

function loadPerson(db: Db, attendeeId: string, event: StoredConferenceSettings): Person {
  const a = getAttendee(db, attendeeId);
  if (!a) throw new InputError(`No attendee with id ${attendeeId}.`);
  const s = event.settings;
  return {
    name: a.displayName,
    organisation: [a.organisation, countryName(a.country)].filter(Boolean).join(' · '),
    eventLine: [s.name, formatEventDates(s.days), s.venue].filter(Boolean).join(' · '),
    rows: sheetRows(meetingsOf(db, attendeeId), s.timeZone, countryName),
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
  const cols = { time: margin, table: margin + 27, who: margin + 52, country: margin + inner - 30 };
  for (const row of p.rows) {
    // At most 20 meetings a page, so a sheet reads the same whatever the gaps.
    if (y + HEIGHT[row.kind] > bottom || (row.kind === 'meeting' && onPage === MEETINGS_PER_PAGE)) header();
    if (row.kind === 'meeting') onPage++;
    if (row.kind === 'day') draw('day', T(margin, y + 0.8, inner, 5.5, 'bold', 10), row.text);
    else if (row.kind === 'gap') {
      doc.save().rect(margin * k * PT_PER_MM, y * k * PT_PER_MM, inner * k * PT_PER_MM, (HEIGHT.gap - 0.4) * k * PT_PER_MM).fill('#eeeeee').restore();
      draw('gap', T(cols.who, y, inner - (cols.who - margin), HEIGHT.gap - 0.4, 'regular', 7), row.text, MUTED);
    } else {
      draw('time', T(cols.time, y + 0.4, 26, 4.6, 'bold', 10), row.time);
      draw('table', T(cols.table, y + 0.4, 24, 4.6, 'bold', 10), row.location);
      draw('counterpart', T(cols.who, y + 0.4, cols.country - cols.who - 2, 4.6, 'bold', 10), row.name);
      draw('counterpartOrganisation', T(cols.who, y + 4.8, cols.country - cols.who - 2, 3.5, 'regular', 8), row.organisation, MUTED);
      draw('country', T(cols.country, y + 0.4, 30, 4.6, 'regular', 9, 'right'), row.country, MUTED);
      doc.save().lineWidth(0.3).strokeColor('#cccccc').moveTo(margin * k * PT_PER_MM, (y + HEIGHT.meeting) * k * PT_PER_MM)
        .lineTo((margin + inner) * k * PT_PER_MM, (y + HEIGHT.meeting) * k * PT_PER_MM).stroke().restore();
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
