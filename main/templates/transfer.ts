import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/open.ts';
import { getAsset } from '../../db/queries/templates.ts';
import type { BadgeTemplate } from '../../model/badge-template.ts';
import { TemplateError } from '../badges/templates.ts';
import { InputError } from '../errors.ts';
import type { Actor } from '../events/envelope.ts';
import { checkFont, checkImage } from './check-file.ts';
import { resolveTemplate } from '../badges/resolve-template.ts';
import { saveTemplate, storeAsset } from './store.ts';

// A template file moves a design between events: the template JSON with the images and fonts it
// uses inside it, so the file alone is enough. A bare template (as in assets/templates) imports too.

const fileAsset = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/),
  kind: z.enum(['image', 'font']),
  name: z.string().min(1).max(300),
  licence: z.string().max(2000).default(''),
  base64: z.string().min(1),
}).strict();
const templateFile = z.object({ foyerTemplate: z.literal(1), template: z.unknown(), assets: z.array(fileAsset).max(40).default([]) }).strict();

export function exportTemplate(db: Db, name: string): { foyerTemplate: 1; template: BadgeTemplate; assets: z.input<typeof fileAsset>[] } {
  const { template } = resolveTemplate(db, name);
  const ids = new Set<string>([
    ...(template.elements ?? []).flatMap((e) => (e.kind === 'logo' && e.image !== 'event' ? [e.image] : [])),
    ...Object.values(template.userFonts ?? {}).map((f) => f.asset),
  ]);
  const assets = [...ids].map((id) => {
    const a = getAsset(db, id);
    if (!a?.bytes) throw new TemplateError(`The file ${id} that "${name}" uses is not in this database.`);
    return { id, kind: a.kind, name: a.name, licence: a.licence, base64: a.bytes.toString('base64') };
  });
  return { foyerTemplate: 1, template, assets };
}

const issues = (err: z.ZodError, prefix = ''): string =>
  err.issues.map((i) => `  ${[prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(file)'}: ${i.message}`).join('\n');

/**
 * Imports a template file in one transaction: the files it carries are checked (type, size, that
 * they match their ids), then the template is validated and saved. Nothing is stored on any error.
 */
export function importTemplate(db: Db, actor: Actor, raw: string, source: string, options: { replace?: boolean } = {}): BadgeTemplate {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    throw new InputError(`${source} is not JSON: ${(err as Error).message}`);
  }
  const wrapped = typeof data === 'object' && data !== null && 'foyerTemplate' in data;
  const parsed = wrapped ? templateFile.safeParse(data) : { success: true as const, data: { foyerTemplate: 1 as const, template: data, assets: [] } };
  if (!parsed.success) throw new InputError(`Template file ${source} is not valid:\n${issues(parsed.error)}`);
  return db.transaction(() => {
    for (const [i, a] of parsed.data.assets.entries()) {
      const bytes = Buffer.from(a.base64, 'base64');
      const where = `${source}: assets.${i} (${a.name})`;
      if (createHash('sha256').update(bytes).digest('hex') !== a.id) throw new InputError(`${where}: the file does not match its id`);
      const mime = a.kind === 'image' ? checkImage(bytes, where) : (checkFont(bytes, where, a.licence), 'font/ttf');
      storeAsset(db, actor, bytes, { kind: a.kind, mime, name: a.name, licence: a.licence });
    }
    try {
      return saveTemplate(db, actor, parsed.data.template, options, wrapped ? `${source} (template)` : source);
    } catch (err) {
      if (err instanceof TemplateError) throw new InputError(err.message);
      throw err;
    }
  })();
}
