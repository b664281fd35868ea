import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const FONTS_DIR = fileURLToPath(new URL('../../assets/fonts/', import.meta.url));

/** The two faces every template uses, by the alias documents know them as. */
export type FontRole = 'regular' | 'bold';

// pdfkit accepts an already-parsed fontkit font: parsing the 500 kB TTF once per process instead of
// once per document is most of what makes a warm badge take a few milliseconds. fontkit is resolved
// from pdfkit's own dependencies so both always agree on the version.
interface FontkitFont {
  layout: (...args: unknown[]) => unknown;
}
const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as {
  create: (data: Uint8Array) => FontkitFont;
};

const parsed = new Map<string, FontkitFont>();

/** Parses a TTF from assets/fonts once and keeps it for the life of the process. */
export function loadFont(file: string): FontkitFont {
  let font = parsed.get(file);
  if (!font) {
    font = fontkit.create(readFileSync(`${FONTS_DIR}${file}`));
    parsed.set(file, font);
  }
  return font;
}

interface FontRegistrar {
  registerFont(name: string, src?: never): unknown;
}

/** Registers the template's faces on a document as 'regular' and 'bold'. */
export function registerFonts(doc: object, files: Readonly<Record<FontRole, string>>): void {
  const d = doc as FontRegistrar;
  // The cast reaches pdfkit's support for parsed fonts, which its type definitions omit.
  d.registerFont('regular', loadFont(files.regular) as never);
  d.registerFont('bold', loadFont(files.bold) as never);
}

const userParsed = new Map<string, FontkitFont>();

/**
 * Registers the fonts a user added (TTF/OTF from the database) under their aliases; returns
 * alias → a cache key for the measurer (the font's id, so two templates share measurements).
 */
export function registerUserFonts(doc: object, fonts: ReadonlyMap<string, { readonly id: string; readonly bytes: Buffer }>): Record<string, string> {
  const d = doc as FontRegistrar;
  const keys: Record<string, string> = {};
  for (const [alias, f] of fonts) {
    let font = userParsed.get(f.id);
    if (!font) {
      font = fontkit.create(f.bytes);
      userParsed.set(f.id, font);
    }
    d.registerFont(alias, font as never);
    keys[alias] = `user:${f.id}`;
  }
  return keys;
}

/** Whether the bytes are a font fontkit can read (a single TTF or OTF face). */
export function readableFont(bytes: Buffer): { family: string } | null {
  try {
    const font = fontkit.create(bytes) as FontkitFont & { familyName?: string; numGlyphs?: number };
    if (typeof font.layout !== 'function' || !font.numGlyphs) return null;
    return { family: font.familyName ?? 'font' };
  } catch {
    return null;
  }
}
