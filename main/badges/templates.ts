import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CATEGORIES } from '../../model/attendee.ts';
import { FONTS_DIR } from './fonts.ts';

// Badge templates are data (assets/templates/*.json): every length is in millimetres, measured
// from the top-left corner of the badge face (or of the page, for sheet and fold geometry).
export const TEMPLATES_DIR = fileURLToPath(new URL('../../assets/templates/', import.meta.url));

const mm = z.number().min(0).max(1000);
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #RRGGBB');
const box = z.object({ x: mm, y: mm, width: mm.positive(), height: mm.positive() }).strict();

const textRegion = box
  .extend({
    font: z.enum(['regular', 'bold']).default('regular'),
    size: z.number().min(3).max(120),
    minSize: z.number().min(3).max(120),
    maxLines: z.number().int().min(1).max(4).default(1),
    align: z.enum(['left', 'center', 'right']).default('center'),
    valign: z.enum(['top', 'middle', 'bottom']).default('middle'),
    colour: colour.optional(),
    uppercase: z.boolean().default(false),
  })
  .strict()
  .refine((r) => r.minSize <= r.size, { message: 'minSize must not exceed size', path: ['minSize'] });
export type TextRegion = z.infer<typeof textRegion>;

const squareRegion = z.object({ x: mm, y: mm, size: mm.positive() }).strict();

const categoryColours = z.object({ band: colour, text: colour }).strict();

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

export const templateSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9-]+$/, 'a template name is lower-case letters, digits and dashes'),
    description: z.string().min(1),
    size: z.object({ width: mm.positive(), height: mm.positive() }).strict(),
    fonts: z.object({ regular: z.string().min(1), bold: z.string().min(1) }).strict(),
    background: colour.default('#ffffff'),
    text: colour.default('#1a1a1a'),
    muted: colour.default('#555555'),
    colours: z.object(Object.fromEntries(CATEGORIES.map((c) => [c, categoryColours])) as Record<(typeof CATEGORIES)[number], typeof categoryColours>).strict(),
    labels: z.record(z.string(), z.string()).default({}),
    regions,
    sheet: grid.optional(),
    fold: fold.optional(),
  })
  .strict()
  .superRefine((t, ctx) => {
    for (const role of ['regular', 'bold'] as const) {
      if (!existsSync(`${FONTS_DIR}${t.fonts[role]}`)) {
        ctx.addIssue({ code: 'custom', path: ['fonts', role], message: `no font file ${t.fonts[role]} in assets/fonts` });
      }
    }
    for (const [name, r] of Object.entries(t.regions)) {
      if (!r) continue;
      const w = 'width' in r ? r.width : r.size;
      const h = 'height' in r ? r.height : r.size;
      if (r.x + w > t.size.width + 0.01 || r.y + h > t.size.height + 0.01) {
        ctx.addIssue({ code: 'custom', path: ['regions', name], message: `lies outside the ${t.size.width}×${t.size.height} mm badge` });
      }
    }
    // Regions that hold content must not overlap, so fitted text can never run into a neighbour.
    const rects = Object.entries(t.regions).flatMap(([name, r]) =>
      !r || name === 'band' ? [] : [{ name, x: r.x, y: r.y, w: 'width' in r ? r.width : r.size, h: 'height' in r ? r.height : r.size }]);
    for (const [i, a] of rects.entries()) {
      for (const b of rects.slice(i + 1)) {
        const overlapX = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
        const overlapY = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
        if (overlapX > 0.01 && overlapY > 0.01) {
          ctx.addIssue({ code: 'custom', path: ['regions', b.name], message: `overlaps regions.${a.name}` });
        }
      }
    }
    if (t.sheet && t.fold) ctx.addIssue({ code: 'custom', path: ['fold'], message: 'a template is either a sheet or a fold, not both' });
  });
export type BadgeTemplate = z.infer<typeof templateSchema>;

export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

/** Validates a parsed template; the error names the file and every offending field. */
export function parseTemplate(data: unknown, source: string): BadgeTemplate {
  const r = templateSchema.safeParse(data);
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => `  ${i.path.join('.') || '(template)'}: ${i.message}`);
  throw new TemplateError(`Badge template ${source} is not valid:\n${lines.join('\n')}`);
}

const cache = new Map<string, BadgeTemplate>();

/** The built-in (and site-added) templates by name, read once per process. */
export function loadTemplate(name: string, dir = TEMPLATES_DIR): BadgeTemplate {
  const key = `${dir}\0${name}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const file = `${dir}${name}.json`;
  if (!/^[a-z0-9-]+$/.test(name) || !existsSync(file)) {
    throw new TemplateError(`No badge template "${name}". Templates: ${listTemplateNames(dir).join(', ')}.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new TemplateError(`Badge template ${name}.json is not JSON: ${(err as Error).message}`);
  }
  const t = parseTemplate(data, `${name}.json`);
  if (t.name !== name) throw new TemplateError(`Badge template ${name}.json: name: must be "${name}" (the file name)`);
  cache.set(key, t);
  return t;
}

export function listTemplateNames(dir = TEMPLATES_DIR): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
}

export const DEFAULT_TEMPLATE = 'a6-portrait';
