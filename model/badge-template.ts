import { z } from 'zod';
import { CATEGORIES } from './attendee.ts';
import { isTextKind, NAME_PARTS, TEXT_KINDS } from './badge-element-kinds.ts';

export { ELEMENT_KINDS, type ElementKind, isTextKind, NAME_PARTS, TEXT_KINDS } from './badge-element-kinds.ts';

// The badge template schema, pure zod (no Node): the loader, the API contract and the designer in
// the renderer all validate with it. Lengths are millimetres from the badge face's top-left corner.
// A template lays out its face either with the fixed `regions` of the bundled JSON files or with
// the free `elements` list the designer writes; one renderer draws both.

const mm = z.number().min(0).max(1000);
export const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #RRGGBB');
const box = z.object({ x: mm, y: mm, width: mm.positive(), height: mm.positive() }).strict();

/** 'regular', 'bold', or the alias of a font the user added (listed in the template's userFonts). */
export const fontAlias = z.string().regex(/^[a-z][a-z0-9-]{0,40}$/, 'a font is regular, bold or a added font\'s alias');

const textStyle = {
  font: fontAlias.default('regular'),
  size: z.number().min(3).max(120),
  minSize: z.number().min(3).max(120),
  maxLines: z.number().int().min(1).max(6).default(1),
  align: z.enum(['left', 'center', 'right']).default('center'),
  valign: z.enum(['top', 'middle', 'bottom']).default('middle'),
  colour: colourSchema.optional(),
  uppercase: z.boolean().default(false),
};
const minNotAboveSize = { message: 'minSize must not exceed size', path: ['minSize'] };

const textRegion = box
  .extend({ ...textStyle, font: z.enum(['regular', 'bold']).default('regular'), maxLines: z.number().int().min(1).max(4).default(1) })
  .strict()
  .refine((r) => r.minSize <= r.size, minNotAboveSize);
export type TextRegion = z.infer<typeof textRegion>;
/** What the text fitter and drawer need of any text box (a region or a designer element). */
export type TextBox = Omit<TextRegion, 'font'> & { readonly font: string };

const squareRegion = z.object({ x: mm, y: mm, size: mm.positive() }).strict();
const categoryColours = z.object({ band: colourSchema, text: colourSchema }).strict();

const regions = z
  .object({
    band: box,
    category: textRegion,
    eventName: textRegion,
    eventDates: textRegion.optional(),
    name: textRegion,
    organisation: textRegion,
    jobTitle: textRegion.optional(),
    country: textRegion.optional(),
    qr: squareRegion,
    vcard: squareRegion.optional(),
    logo: box.optional(),
  })
  .strict();

/** Kinds of designer element that hold text fitted into their box. */

const elementId = z.string().regex(/^[a-z0-9-]{1,40}$/, 'an element id is lower-case letters, digits and dashes');
const base = { id: elementId, x: mm, y: mm, width: mm.positive(), height: mm.positive() };
/** A content-addressed image in the database (sha256 hex), or the event's own logo. */
export const imageRef = z.union([z.literal('event'), z.string().regex(/^[0-9a-f]{64}$/, 'an image is "event" or an image id')]);

const textElement = z
  .object({
    ...base,
    kind: z.enum(TEXT_KINDS),
    ...textStyle,
    /** Which part of the name (name elements). */
    part: z.enum(NAME_PARTS).optional(),
    /** Free text with {event}, {days}, {category} (text elements). */
    text: z.string().max(500).optional(),
  })
  .strict()
  .refine((r) => r.minSize <= r.size, minNotAboveSize);
const bandElement = z.object({ ...base, kind: z.literal('band') }).strict();
const qrElement = z.object({ ...base, kind: z.enum(['qr', 'vcard']) }).strict();
const logoElement = z.object({ ...base, kind: z.literal('logo'), image: imageRef.default('event') }).strict();
const shapeElement = z
  .object({
    ...base,
    kind: z.enum(['line', 'box']),
    stroke: colourSchema.default('#1a1a1a'),
    /** Stroke width in mm; 0 draws no outline (a filled box). */
    strokeWidth: z.number().min(0).max(20).default(0.5),
    fill: colourSchema.optional(),
  })
  .strict();

export const elementSchema = z.discriminatedUnion('kind', [textElement, bandElement, qrElement, logoElement, shapeElement]);
export type BadgeElement = z.infer<typeof elementSchema>;
export type TextElement = z.infer<typeof textElement>;
export const isTextElement = (e: BadgeElement): e is TextElement => isTextKind(e.kind);

const userFont = z.object({
  /** The font file's id in the database (sha256 hex). */
  asset: z.string().regex(/^[0-9a-f]{64}$/),
  name: z.string().min(1).max(200),
  licence: z.string().min(1, 'a font needs a licence note').max(2000),
}).strict();

const grid = z
  .object({
    width: mm.positive(),
    height: mm.positive(),
    columns: z.number().int().min(1).max(10),
    rows: z.number().int().min(1).max(10),
    gap: mm.default(0),
    cutMarks: z.boolean().default(true),
  })
  .strict();

const panel = box.extend({ rotate: z.union([z.literal(0), z.literal(180)]).default(0) }).strict();
const fold = z
  .object({
    width: mm.positive(),
    height: mm.positive(),
    face: panel.pick({ x: true, y: true, rotate: true }),
    back: panel.pick({ x: true, y: true, rotate: true }).optional(),
    meetings: panel,
  })
  .strict();

export const TEMPLATE_NAME = /^[a-z0-9-]{1,60}$/;

interface Rect { readonly name: string; readonly x: number; readonly y: number; readonly w: number; readonly h: number }

/** Reports every pair of content rectangles that overlap (fitted text must never run into a neighbour). */
function checkOverlaps(rects: readonly Rect[], prefix: string, ctx: z.RefinementCtx): void {
  for (const [i, a] of rects.entries()) {
    for (const b of rects.slice(i + 1)) {
      const overlapX = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const overlapY = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (overlapX > 0.01 && overlapY > 0.01) {
        ctx.addIssue({ code: 'custom', path: [prefix, b.name], message: `overlaps ${prefix}.${a.name}` });
      }
    }
  }
}

export const templateBaseSchema = z
  .object({
    name: z.string().regex(TEMPLATE_NAME, 'a template name is lower-case letters, digits and dashes'),
    description: z.string().min(1).max(300),
    size: z.object({ width: mm.positive(), height: mm.positive() }).strict(),
    fonts: z.object({ regular: z.string().min(1), bold: z.string().min(1) }).strict(),
    userFonts: z.record(fontAlias, userFont).optional(),
    background: colourSchema.default('#ffffff'),
    text: colourSchema.default('#1a1a1a'),
    muted: colourSchema.default('#555555'),
    // The seven standard categories always have colours; any other roster category may add its own.
    colours: z.object(Object.fromEntries(CATEGORIES.map((c) => [c, categoryColours])) as Record<(typeof CATEGORIES)[number], typeof categoryColours>)
      .catchall(categoryColours),
    labels: z.record(z.string(), z.string().max(60)).default({}),
    regions: regions.optional(),
    elements: z.array(elementSchema).max(80).optional(),
    sheet: grid.optional(),
    fold: fold.optional(),
  })
  .strict()
  .superRefine((t, ctx) => {
    const outside = (path: (string | number)[], x: number, y: number, w: number, h: number): void => {
      if (x + w > t.size.width + 0.01 || y + h > t.size.height + 0.01) {
        ctx.addIssue({ code: 'custom', path, message: `lies outside the ${t.size.width}×${t.size.height} mm badge` });
      }
    };
    if (!t.regions === !t.elements) {
      ctx.addIssue({ code: 'custom', path: ['elements'], message: 'a template has either regions or elements (one of the two)' });
    }
    if (t.regions) {
      for (const [name, r] of Object.entries(t.regions)) {
        if (!r) continue;
        outside(['regions', name], r.x, r.y, 'width' in r ? r.width : r.size, 'height' in r ? r.height : r.size);
      }
      checkOverlaps(Object.entries(t.regions).flatMap(([name, r]) =>
        !r || name === 'band' ? [] : [{ name, x: r.x, y: r.y, w: 'width' in r ? r.width : r.size, h: 'height' in r ? r.height : r.size }]), 'regions', ctx);
    }
    if (t.elements) {
      const seen = new Set<string>();
      for (const [i, e] of t.elements.entries()) {
        if (seen.has(e.id)) ctx.addIssue({ code: 'custom', path: ['elements', i, 'id'], message: `"${e.id}" is used twice` });
        seen.add(e.id);
        outside(['elements', i], e.x, e.y, e.width, e.height);
        if (isTextElement(e) && e.font !== 'regular' && e.font !== 'bold' && !t.userFonts?.[e.font]) {
          ctx.addIssue({ code: 'custom', path: ['elements', i, 'font'], message: `no font "${e.font}" among the template's fonts` });
        }
      }
      // Bands, lines and boxes are background: text and codes may sit on them, not on each other.
      const content = t.elements.filter((e) => !['band', 'line', 'box'].includes(e.kind));
      checkOverlaps(content.map((e) => ({ name: e.id, x: e.x, y: e.y, w: e.width, h: e.height })), 'elements', ctx);
    }
    if (t.sheet && t.fold) ctx.addIssue({ code: 'custom', path: ['fold'], message: 'a template is either a sheet or a fold, not both' });
    if (t.fold && !t.regions) ctx.addIssue({ code: 'custom', path: ['fold'], message: 'a fold badge is laid out with regions' });
  });
export type BadgeTemplate = z.infer<typeof templateBaseSchema>;
export type TemplateInput = z.input<typeof templateBaseSchema>;

/** Whether badges in this template show the person's meetings (loaded only then). */
export const needsMeetings = (t: BadgeTemplate): boolean => t.fold !== undefined || (t.elements ?? []).some((e) => e.kind === 'meetings');
