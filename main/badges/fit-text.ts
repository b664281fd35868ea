// Fits a string into a box: shrink down to the minimum size, then wrap onto up to maxLines lines,
// then cut the last line with an ellipsis. Widths scale linearly with the font size, so each piece
// is measured once at 1 pt and every candidate size is checked with arithmetic.

export interface Measurer {
  /** Width in points of `text` set at 1 pt in the given face. */
  widthAt1(face: string, text: string): number;
  /** Line height as a multiple of the font size. */
  lineFactor(face: string): number;
}

export interface FitBox {
  readonly width: number;
  readonly height: number;
  readonly face: string;
  readonly size: number;
  readonly minSize: number;
  readonly maxLines: number;
}

export interface FittedText {
  readonly size: number;
  readonly lines: readonly string[];
  readonly lineHeight: number;
  /** True when the text had to be cut. */
  readonly truncated: boolean;
}

const STEP = 0.5;
const ELLIPSIS = '…';

/** Break opportunities: after spaces and after hyphens ("Căpitanu-|Dumitrescu"). */
function pieces(text: string): string[] {
  return text.match(/[^\s-]*-+|[^\s-]+\s*|\s+/gu) ?? [text];
}

function sizesFromLargest(box: FitBox): number[] {
  const sizes: number[] = [];
  for (let s = box.size; s >= box.minSize - 1e-9; s -= STEP) sizes.push(Math.round(s * 100) / 100);
  if (sizes[sizes.length - 1] !== box.minSize) sizes.push(box.minSize);
  return sizes;
}

/** Greedy wrap of the pieces at `size`; null when more than `maxLines` lines or a piece is too wide. */
function wrap(m: Measurer, box: FitBox, parts: readonly string[], widths: readonly number[], size: number): string[] | null {
  const limit = box.width / size;
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const w = widths[i] as number;
    const trimmedW = m.widthAt1(box.face, part.trimEnd());
    if (line !== '' && lineWidth + trimmedW > limit) {
      lines.push(line.trimEnd());
      line = '';
      lineWidth = 0;
    }
    if (line === '' && /^\s+$/.test(part)) continue;
    if (trimmedW > limit) return null;
    line += part;
    lineWidth += w;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.length <= box.maxLines ? lines : null;
}

/** The longest prefix of `text` that, followed by an ellipsis, fits `limit` (at 1 pt). */
function cutToWidth(m: Measurer, face: string, text: string, limit: number): string {
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (m.widthAt1(face, chars.slice(0, mid).join('').trimEnd() + ELLIPSIS) <= limit) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}

/** Last resort at the minimum size: fill the lines character by character, ellipsis at the end. */
function truncate(m: Measurer, box: FitBox, text: string, lines: number): string[] {
  const limit = box.width / box.minSize;
  const out: string[] = [];
  let rest = text.trim();
  for (let n = 0; n < lines && rest !== ''; n++) {
    if (n === lines - 1) {
      out.push(m.widthAt1(box.face, rest) <= limit ? rest : cutToWidth(m, box.face, rest, limit));
      break;
    }
    // Prefer breaking after a space or hyphen; otherwise break inside the word.
    const parts = pieces(rest);
    let line = '';
    for (const p of parts) {
      if (m.widthAt1(box.face, (line + p).trimEnd()) > limit) break;
      line += p;
    }
    if (line.trim() === '') {
      const chars = [...rest];
      let k = 1;
      while (k < chars.length && m.widthAt1(box.face, chars.slice(0, k + 1).join('')) <= limit) k++;
      line = chars.slice(0, k).join('');
    }
    out.push(line.trimEnd());
    rest = rest.slice(line.length).trimStart();
  }
  return out;
}

export function fitText(m: Measurer, box: FitBox, raw: string): FittedText {
  const text = raw.replace(/\s+/g, ' ').trim();
  const factor = m.lineFactor(box.face);
  const linesThatFit = (size: number): number => Math.max(0, Math.min(box.maxLines, Math.floor((box.height + 1e-6) / (size * factor))));
  const result = (size: number, lines: string[], truncated: boolean): FittedText => ({ size, lines, lineHeight: size * factor, truncated });
  if (text === '') return result(box.size, [], false);
  const sizes = sizesFromLargest(box);
  const whole = m.widthAt1(box.face, text);
  for (const size of sizes) {
    if (linesThatFit(size) >= 1 && whole * size <= box.width) return result(size, [text], false);
  }
  const parts = pieces(text);
  const widths = parts.map((p) => m.widthAt1(box.face, p));
  for (const size of sizes) {
    const room = linesThatFit(size);
    if (room < 2) continue;
    const lines = wrap(m, { ...box, maxLines: room }, parts, widths, size);
    if (lines) return result(size, lines, false);
  }
  return result(box.minSize, truncate(m, box, text, Math.max(1, linesThatFit(box.minSize))), true);
}
