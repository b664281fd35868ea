import { inflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { StoredImage } from '../badges/badge-assets.ts';
import { readableFont } from '../badges/fonts.ts';
import { InputError } from '../errors.ts';

// Files a user adds to a template are checked before anything is stored: the size first, then
// that the bytes are what they claim to be, so a badge never fails to print over a bad logo.

export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
export const MAX_FONT_BYTES = 8 * 1024 * 1024;

const megabytes = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Walks the PNG's chunks and inflates its image data: a truncated or corrupt file throws. */
function checkPng(bytes: Buffer): void {
  let at = 8;
  const data: Buffer[] = [];
  let ended = false;
  while (at + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > bytes.length) throw new Error(`chunk ${type} runs past the end of the file`);
    if (type === 'IDAT') data.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
    if (type === 'IEND') {
      ended = true;
      break;
    }
  }
  if (!ended || data.length === 0) throw new Error('the file is cut short');
  inflateSync(Buffer.concat(data));
}

function checkSvg(bytes: Buffer): void {
  const text = bytes.toString('utf8');
  if (!/<svg[\s>]/i.test(text.slice(0, 4096))) throw new Error('no <svg> element at its start');
  const problems: string[] = [];
  const doc = new PDFDocument({ autoFirstPage: false, font: '' });
  doc.addPage({ size: [200, 200] });
  SVGtoPDF(doc, text, 0, 0, {
    width: 200, height: 200, imageCallback: () => '',
    warningCallback: (m) => { if (/^parseXml|does not look like|can't be rendered/.test(m)) problems.push(m); },
  });
  if (problems.length) throw new Error(problems[0]);
}

/** The image's type from its bytes; refuses anything too large, of another kind, or damaged. */
export function checkImage(bytes: Buffer, fileName: string): StoredImage['mime'] {
  if (bytes.length > MAX_IMAGE_BYTES) {
    throw new InputError(`${fileName} is ${megabytes(bytes.length)}: an image may be at most 2 MB. Save it smaller (a logo needs about 1000 pixels across) and add it again.`);
  }
  if (bytes.length === 0) throw new InputError(`${fileName} is empty.`);
  const isPng = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const isJpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  const mime = isPng ? 'image/png' : isJpeg ? 'image/jpeg' : /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(bytes.toString('utf8', 0, 4096)) ? 'image/svg+xml' : null;
  if (!mime) throw new InputError(`${fileName} is not a PNG, JPEG or SVG image.`);
  try {
    if (mime === 'image/png') checkPng(bytes);
    if (mime === 'image/svg+xml') checkSvg(bytes);
    else {
      const image = (new PDFDocument({ autoFirstPage: false, font: '' }) as unknown as { openImage(b: Buffer): { width: number; height: number } }).openImage(bytes);
      if (!(image.width > 0 && image.height > 0)) throw new Error('it has no size');
    }
  } catch (err) {
    throw new InputError(`${fileName} looks like ${mime.slice(6).toUpperCase().replace('SVG+XML', 'SVG')} but cannot be read (${err instanceof Error ? err.message : String(err)}).`);
  }
  return mime;
}

/** A TTF or OTF font with a licence note; returns the font's family name. */
export function checkFont(bytes: Buffer, fileName: string, licence: string): string {
  if (bytes.length > MAX_FONT_BYTES) throw new InputError(`${fileName} is ${megabytes(bytes.length)}: a font may be at most 8 MB.`);
  if (!licence.trim()) throw new InputError(`Say under which licence ${fileName} may be used (for example "SIL Open Font License 1.1").`);
  const magic = bytes.toString('latin1', 0, 4);
  if (!['\0\x01\0\0', 'OTTO', 'true'].includes(magic)) throw new InputError(`${fileName} is not a TTF or OTF font.`);
  const font = readableFont(bytes);
  if (!font) throw new InputError(`${fileName} looks like a font but cannot be read.`);
  return font.family;
}
