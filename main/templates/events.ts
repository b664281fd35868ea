import { createHash } from 'node:crypto';
import { z } from 'zod';
import { assetChunks, completeAsset, insertAssetChunk, setCategoryTemplate, upsertStoredTemplate } from '../../db/queries/templates.ts';
import { templateBaseSchema } from '../../model/badge-template.ts';
import { eventKey } from '../events/envelope.ts';
import { defineReducer, type Reducer } from '../events/reducer.ts';

// Designed templates are events like any other change, so every desk gets them through sync.
// An image or font travels as several chunk events: one event stays well under the 1 MB a NATS
// message may carry by default, whatever the file's size.

export const templateSaved = z.object({ template: templateBaseSchema });

export const assetChunk = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/),
  kind: z.enum(['image', 'font']),
  mime: z.string().min(1).max(100),
  name: z.string().min(1).max(300),
  licence: z.string().max(2000).default(''),
  chunks: z.number().int().min(1).max(64),
  idx: z.number().int().min(0).max(63),
  base64: z.string().max(700_000),
});

export const categoryChosen = z.object({
  desk: z.string().min(1).max(100),
  category: z.string().min(1).max(60),
  template: z.string().max(60).nullable(),
});

export const templateReducers: Record<string, Reducer> = {
  'templates.saved': defineReducer(templateSaved, (db, e) => {
    const t = e.payload.template;
    upsertStoredTemplate(db, { name: t.name, body: JSON.stringify(t), savedAt: e.at, savedBy: `${e.operator} at ${e.desk}`, eventKey: eventKey(e) });
  }),
  'templates.asset-chunk': defineReducer(assetChunk, (db, e) => {
    const p = e.payload;
    insertAssetChunk(db, { id: p.id, kind: p.kind, mime: p.mime, name: p.name, licence: p.licence, chunks: p.chunks, addedAt: e.at }, p.idx, Buffer.from(p.base64, 'base64'));
    const parts = assetChunks(db, p.id);
    if (parts.length < p.chunks) return;
    const bytes = Buffer.concat(parts);
    // The id is the hash of the bytes: chunks that do not add up are not stored as the file.
    if (createHash('sha256').update(bytes).digest('hex') !== p.id) throw new Error(`Chunks of ${p.name} do not add up to the file ${p.id}`);
    completeAsset(db, p.id, bytes);
  }),
  'templates.category-chosen': defineReducer(categoryChosen, (db, e) => {
    setCategoryTemplate(db, e.payload.desk, e.payload.category, e.payload.template, eventKey(e));
  }),
};
