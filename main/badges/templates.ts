import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type BadgeTemplate, templateBaseSchema } from '../../model/badge-template.ts';
import { FONTS_DIR } from './fonts.ts';

// Badge templates are data (assets/templates/*.json): every length is in millimetres, measured
// from the top-left corner of the badge face (or of the page, for sheet and fold geometry).
export const TEMPLATES_DIR = fileURLToPath(new URL('../../assets/templates/', import.meta.url));

export { type BadgeTemplate, type TextRegion } from '../../model/badge-template.ts';

/** The pure schema plus what only Node can check: the bundled font files exist. */
export const templateSchema = templateBaseSchema.superRefine((t, ctx) => {
  for (const role of ['regular', 'bold'] as const) {
    if (!existsSync(`${FONTS_DIR}${t.fonts[role]}`)) {
      ctx.addIssue({ code: 'custom', path: ['fonts', role], message: `no font file ${t.fonts[role]} in assets/fonts` });
    }
  }
});

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
