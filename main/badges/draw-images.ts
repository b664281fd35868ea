import type PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { StoredImage } from './badge-assets.ts';

type Doc = InstanceType<typeof PDFDocument>;
// pdfkit's types omit openImage, which parses an image once for many placements.
type OpenedImage = object;
type ImageOpener = { openImage(src: Buffer): OpenedImage };

// A raster image is embedded once per document and placed on every badge (a batch of a thousand
// badges carries the logo once); an SVG is drawn as vector paths each time.
const opened = new WeakMap<Doc, Map<string, OpenedImage>>();

/** Only images embedded in the SVG itself: never a file path or URL the SVG names. */
const inlineOnly = (link: string): string => (/^data:image\/(png|jpeg);base64,/i.test(link.trim()) ? link.replace(/\s+/g, '') : '');

/** Draws an image fitted and centred in the box (points). */
export function drawImage(doc: Doc, id: string, image: StoredImage, x: number, y: number, width: number, height: number): void {
  if (image.mime === 'image/svg+xml') {
    SVGtoPDF(doc, image.bytes.toString('utf8'), x, y, {
      width, height, preserveAspectRatio: 'xMidYMid meet', imageCallback: inlineOnly, warningCallback: () => {},
    });
    return;
  }
  let cache = opened.get(doc);
  if (!cache) opened.set(doc, (cache = new Map()));
  let img = cache.get(id);
  if (!img) cache.set(id, (img = (doc as unknown as ImageOpener).openImage(image.bytes)));
  doc.image(img as never, x, y, { fit: [width, height], align: 'center', valign: 'center' });
}
