import type PDFDocument from 'pdfkit';
import type { Measurer } from './fit-text.ts';

type Doc = InstanceType<typeof PDFDocument>;

// Widths at 1 pt depend only on the font file and the text, so they are shared between documents:
// a batch of badges measures "Organiser", the event name and the common words once.
const widths = new Map<string, number>();
const MAX_CACHED = 50_000;

/** Measures with the document's registered faces; `files` maps each face alias to its font file. */
export function pdfMeasurer(doc: Doc, files: Readonly<Record<string, string>>): Measurer {
  const factors = new Map<string, number>();
  return {
    widthAt1(face, text) {
      const key = `${files[face] ?? face}\0${text}`;
      let w = widths.get(key);
      if (w === undefined) {
        w = doc.font(face).fontSize(1).widthOfString(text);
        if (widths.size >= MAX_CACHED) widths.clear();
        widths.set(key, w);
      }
      return w;
    },
    lineFactor(face) {
      let f = factors.get(face);
      if (f === undefined) {
        f = doc.font(face).fontSize(1).currentLineHeight(false);
        factors.set(face, f);
      }
      return f;
    },
  };
}
