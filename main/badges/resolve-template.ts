import type { Db } from '../../db/open.ts';
import { getAsset, getStoredTemplate, listStoredTemplates } from '../../db/queries/templates.ts';
import { type BadgeAssets, NO_ASSETS, type StoredImage } from './badge-assets.ts';
import type { BadgeTemplate } from '../../model/badge-template.ts';
import { listTemplateNames, loadTemplate, parseTemplate, TemplateError } from './templates.ts';

// One place that answers "which template is NAME": a bundled file (assets/templates) or one saved
// from the designer or imported (the database). Bundled names can never be taken by a saved one.

export interface ResolvedTemplate {
  readonly template: BadgeTemplate;
  readonly assets: BadgeAssets;
  readonly bundled: boolean;
}

export const isBundled = (name: string): boolean => listTemplateNames().includes(name);

const parsedBodies = new Map<string, BadgeTemplate>();

function parseStored(name: string, body: string): BadgeTemplate {
  let t = parsedBodies.get(body);
  if (!t) {
    t = parseTemplate(JSON.parse(body), `"${name}"`);
    if (parsedBodies.size > 50) parsedBodies.clear();
    parsedBodies.set(body, t);
  }
  return t;
}

/** The images and fonts a template names, read from the database; a missing one is an error. */
export function assetsOf(db: Db, t: BadgeTemplate): BadgeAssets {
  const images = new Map<string, StoredImage>();
  for (const e of t.elements ?? []) {
    if (e.kind !== 'logo' || e.image === 'event' || images.has(e.image)) continue;
    const a = getAsset(db, e.image);
    if (!a?.bytes) throw new TemplateError(`Template "${t.name}": the image ${e.image.slice(0, 12)}… of element ${e.id} is not in this database (yet).`);
    images.set(e.image, { mime: a.mime as StoredImage['mime'], bytes: a.bytes });
  }
  const fonts = new Map<string, { id: string; bytes: Buffer }>();
  for (const [alias, f] of Object.entries(t.userFonts ?? {})) {
    const a = getAsset(db, f.asset);
    if (!a?.bytes) throw new TemplateError(`Template "${t.name}": the font ${f.name} is not in this database (yet).`);
    fonts.set(alias, { id: f.asset, bytes: a.bytes });
  }
  return images.size === 0 && fonts.size === 0 ? NO_ASSETS : { images, fonts };
}

/** Every template name a desk can use: bundled first, then the saved ones. */
export function allTemplateNames(db: Db): string[] {
  return [...listTemplateNames(), ...listStoredTemplates(db).map((r) => r.name).filter((n) => !isBundled(n))];
}

export function resolveTemplate(db: Db, name: string): ResolvedTemplate {
  if (isBundled(name)) return { template: loadTemplate(name), assets: NO_ASSETS, bundled: true };
  const row = getStoredTemplate(db, name);
  if (!row) throw new TemplateError(`No badge template "${name}". Templates: ${allTemplateNames(db).join(', ')}.`);
  const template = parseStored(name, row.body);
  return { template, assets: assetsOf(db, template), bundled: false };
}

/** Validates a template from the designer or a file, including that its images and fonts are here. */
export function checkTemplate(db: Db, data: unknown, source: string): { template: BadgeTemplate; assets: BadgeAssets } {
  const template = parseTemplate(data, source);
  return { template, assets: assetsOf(db, template) };
}
