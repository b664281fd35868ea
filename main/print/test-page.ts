import PDFDocument from 'pdfkit';
import type { PrintJob } from '../../db/queries/print-jobs.ts';
import { mediaFromMm, type RenderedDocument } from './render.ts';

/**
 * A test page for checking a printer: its name, the time, and a pattern that shows scaling or
 * offset at a glance (a 10 mm grid, a frame 2 mm inside the edge, a 50 mm ruler). A6 portrait.
 */
export function renderTestPage(job: Pick<PrintJob, 'printer' | 'id'>, now = new Date()): Promise<RenderedDocument> {
  const media = mediaFromMm(105, 148);
  const mm = media.widthPt / 105;
  const doc = new PDFDocument({ size: [media.widthPt, media.heightPt], margin: 0, info: { Title: 'Foyer test page' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<RenderedDocument>((resolve) => doc.on('end', () => resolve({ pdf: Buffer.concat(chunks), media })));
  doc.lineWidth(0.3).strokeColor('#bbbbbb');
  for (let x = 10; x < 105; x += 10) doc.moveTo(x * mm, 0).lineTo(x * mm, media.heightPt);
  for (let y = 10; y < 148; y += 10) doc.moveTo(0, y * mm).lineTo(media.widthPt, y * mm);
  doc.stroke();
  doc.lineWidth(1).strokeColor('#000000').rect(2 * mm, 2 * mm, 101 * mm, 144 * mm).stroke();
  doc.lineWidth(2).moveTo(27.5 * mm, 120 * mm).lineTo(77.5 * mm, 120 * mm).stroke();
  doc.fillColor('#000000').font('Helvetica-Bold').fontSize(16).text('Foyer test page', 8 * mm, 14 * mm, { width: 89 * mm, align: 'center' });
  doc.font('Helvetica').fontSize(10);
  doc.text(`Printer: ${job.printer}`, 8 * mm, 30 * mm, { width: 89 * mm, align: 'center' });
  doc.text(`Printed: ${now.toISOString()}`, { width: 89 * mm, align: 'center' });
  doc.text(`Job: ${job.id}`, { width: 89 * mm, align: 'center' });
  doc.text('The frame should sit 2 mm inside the edge;', 8 * mm, 100 * mm, { width: 89 * mm, align: 'center' });
  doc.text('the line below should measure 50 mm.', { width: 89 * mm, align: 'center' });
  doc.end();
  return done;
}
