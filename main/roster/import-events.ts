import { z } from 'zod';
import { markMissingFromSource, rankBatch } from '../../db/queries/import-order.ts';
import { eventKey } from '../events/envelope.ts';
import { defineReducer, type Reducer } from '../events/reducer.ts';

/**
 * People missing from an imported file, sent ahead of `import.completed` when there are more than
 * one event should carry (10,000 ids ≈ 400 KB); `import.completed` carries the rest.
 */
export const importMissing = z.object({ batchId: z.string(), missingIds: z.array(z.string()) });

export const importReducers: Record<string, Reducer> = {
  'import.missing': defineReducer(importMissing, (db, e) => {
    rankBatch(db, e.payload.batchId, eventKey(e));
    markMissingFromSource(db, e.payload.missingIds, e.payload.batchId);
  }),
};
