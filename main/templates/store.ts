import { createHash } from 'node:crypto';
import type { Db } from '../../db/open.ts';
import { getAsset, getStoredTemplate } from '../../db/queries/templates.ts';
import { checkTemplate, isBundled } from '../badges/resolve-template.ts';
import type { BadgeTemplate } from '../../model/badge-template.ts';
import { InputError } from '../errors.ts';
import { apply } from '../events/apply.ts';
import { type Actor, newEvent } from '../events/envelope.ts';

// Saving designed templates and storing the files they use, always through events.

export interface SaveOptions {
  /** Replace a saved template of the same name (a bundled one never). */
  readonly replace?: boolean;
}

/** Saves a template as an event (so it syncs); refuses a bundled name, and an existing one unless replacing. */
export function saveTemplate(db: Db, actor: Actor, data: unknown, options: SaveOptions = {}, source = 'the design'): BadgeTemplate {
  const { template } = checkTemplate(db, data, source);
  if (isBundled(template.name)) {
    throw new InputError(`"${template.name}" is a bundled template and cannot be replaced: save the design under another name.`);
  }
  if (getStoredTemplate(db, template.name) && !options.replace) {
    throw new InputError(`A template named "${template.name}" already exists: choose another name, or replace it (--replace).`);
  }
  apply(db, newEvent(actor, 'templates.saved', { template }));
  return template;
}

const CHUNK = 384 * 1024;

/** Stores a checked file as chunk events in one transaction; the id is the sha256 of the bytes. */
export function storeAsset(db: Db, actor: Actor, bytes: Buffer, meta: { kind: 'image' | 'font'; mime: string; name: string; licence?: string }): string {
  const id = createHash('sha256').update(bytes).digest('hex');
  if (getAsset(db, id)?.bytes) return id;
  const chunks = Math.max(1, Math.ceil(bytes.length / CHUNK));
  db.transaction(() => {
    for (let idx = 0; idx < chunks; idx++) {
      const base64 = bytes.subarray(idx * CHUNK, (idx + 1) * CHUNK).toString('base64');
      apply(db, newEvent(actor, 'templates.asset-chunk', { id, ...meta, licence: meta.licence ?? '', chunks, idx, base64 }));
    }
  })();
  return id;
}
