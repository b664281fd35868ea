import type { Db } from '../open.ts';
import { prepared } from '../prepared.ts';

// Designed badge templates, their images and fonts, and each desk's template per category.

export interface StoredTemplateRow {
  readonly name: string;
  readonly body: string;
  readonly savedAt: string;
  readonly savedBy: string;
}

export function getStoredTemplate(db: Db, name: string): StoredTemplateRow | undefined {
  return prepared(db, 'SELECT name, body, saved_at AS savedAt, saved_by AS savedBy FROM badge_templates WHERE name = ?').get(name) as StoredTemplateRow | undefined;
}

export function listStoredTemplates(db: Db): StoredTemplateRow[] {
  return prepared(db, 'SELECT name, body, saved_at AS savedAt, saved_by AS savedBy FROM badge_templates ORDER BY name').all() as StoredTemplateRow[];
}

/** Writes a template unless a later save of the same name is already there (last writer wins). */
export function upsertStoredTemplate(db: Db, r: StoredTemplateRow & { eventKey: string }): void {
  prepared(db, `INSERT INTO badge_templates (name, body, saved_at, saved_by, event_key) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (name) DO UPDATE SET body = excluded.body, saved_at = excluded.saved_at, saved_by = excluded.saved_by, event_key = excluded.event_key
    WHERE excluded.event_key > badge_templates.event_key`).run(r.name, r.body, r.savedAt, r.savedBy, r.eventKey);
}

export function deleteStoredTemplate(db: Db, name: string, eventKey: string): void {
  prepared(db, 'DELETE FROM badge_templates WHERE name = ? AND event_key < ?').run(name, eventKey);
}

export interface AssetHeader {
  readonly id: string;
  readonly kind: 'image' | 'font';
  readonly mime: string;
  readonly name: string;
  readonly licence: string;
  readonly chunks: number;
  readonly addedAt: string;
}

export interface AssetRow extends AssetHeader {
  readonly bytes: Buffer | null;
}

export function insertAssetChunk(db: Db, header: AssetHeader, idx: number, data: Buffer): void {
  prepared(db, `INSERT INTO template_assets (id, kind, mime, name, licence, chunks, bytes, added_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?)
    ON CONFLICT (id) DO NOTHING`).run(header.id, header.kind, header.mime, header.name, header.licence, header.chunks, header.addedAt);
  prepared(db, 'INSERT INTO template_asset_chunks (asset_id, idx, data) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(header.id, idx, data);
}

/** The chunks received so far, in order. */
export function assetChunks(db: Db, id: string): Buffer[] {
  return (prepared(db, 'SELECT data FROM template_asset_chunks WHERE asset_id = ? ORDER BY idx').all(id) as { data: Buffer }[]).map((r) => r.data);
}

/** Stores the assembled bytes and drops the chunks. */
export function completeAsset(db: Db, id: string, bytes: Buffer): void {
  prepared(db, 'UPDATE template_assets SET bytes = ? WHERE id = ?').run(bytes, id);
  prepared(db, 'DELETE FROM template_asset_chunks WHERE asset_id = ?').run(id);
}

export function getAsset(db: Db, id: string): AssetRow | undefined {
  return prepared(db, `SELECT id, kind, mime, name, licence, chunks, bytes, added_at AS addedAt FROM template_assets WHERE id = ?`).get(id) as AssetRow | undefined;
}

/** Complete assets of one kind, without their bytes. */
export function listAssets(db: Db, kind: 'image' | 'font'): AssetHeader[] {
  return prepared(db, `SELECT id, kind, mime, name, licence, chunks, added_at AS addedAt FROM template_assets
    WHERE kind = ? AND bytes IS NOT NULL ORDER BY added_at`).all(kind) as AssetHeader[];
}

export interface CategoryChoice {
  readonly category: string;
  readonly template: string;
}

export function setCategoryTemplate(db: Db, desk: string, category: string, template: string | null, eventKey: string): void {
  const current = prepared(db, 'SELECT event_key AS k FROM desk_category_templates WHERE desk = ? AND category = ?').get(desk, category) as { k: string } | undefined;
  if (current && current.k > eventKey) return;
  // "No choice" is kept as '' rather than deleted, so an older choice arriving later cannot revive.
  prepared(db, `INSERT INTO desk_category_templates (desk, category, template, event_key) VALUES (?, ?, ?, ?)
    ON CONFLICT (desk, category) DO UPDATE SET template = excluded.template, event_key = excluded.event_key`).run(desk, category, template ?? '', eventKey);
}

export function categoryTemplates(db: Db, desk: string): CategoryChoice[] {
  return prepared(db, "SELECT category, template FROM desk_category_templates WHERE desk = ? AND template <> '' ORDER BY category").all(desk) as CategoryChoice[];
}

export function categoryTemplate(db: Db, desk: string, category: string): string | undefined {
  return (prepared(db, "SELECT template FROM desk_category_templates WHERE desk = ? AND category = ? AND template <> ''").get(desk, category) as { template: string } | undefined)?.template;
}

export interface SampleRow {
  readonly id: string;
  readonly name: string;
  readonly category: string;
}

/**
 * People whose names test a layout: the longest and the shortest name on the roster, and one in
 * Greek or Cyrillic (else any letter outside ASCII).
 */
export function sampleNames(db: Db): { longest?: SampleRow; shortest?: SampleRow; script?: SampleRow } {
  const one = (where: string, order: string): SampleRow | undefined =>
    prepared(db, `SELECT id, display_name AS name, category FROM attendees WHERE status = 'active' AND ${where} ORDER BY ${order} LIMIT 1`).get() as SampleRow | undefined;
  return {
    longest: one("display_name <> ''", 'length(display_name) DESC, rowid'),
    shortest: one("display_name <> ''", 'length(display_name), rowid'),
    script: one("display_name GLOB '*[Ͱ-ӿ]*'", 'rowid') ?? one("display_name GLOB '*[À-ɏ]*'", 'rowid'),
  };
}

export function rosterCategories(db: Db): string[] {
  return (prepared(db, 'SELECT DISTINCT category FROM attendees ORDER BY category').all() as { category: string }[]).map((r) => r.category);
}
