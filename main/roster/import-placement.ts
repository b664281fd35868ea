import type { Db } from '../../db/open.ts';
import { batchRank } from '../../db/queries/import-order.ts';

/** What the imports say about one person: the batch that last listed them, and whether the latest import to decide leaves them out. */
export interface ImportPlacement {
  readonly importBatch: string | null;
  readonly missingFromSource: boolean;
  readonly missingDecidedBy: string | null;
}

/**
 * The placement after `batchId` lists the person (or after a desk's edit, with no batch): each
 * part changes only for a batch ranking after the one that set it, so desks that applied two
 * imports in different orders agree. The batch must be ranked (rankBatch) before.
 */
export function placementAfter(db: Db, current: ImportPlacement | undefined, batchId: string | undefined): ImportPlacement {
  if (!current) return { importBatch: batchId ?? null, missingFromSource: false, missingDecidedBy: null };
  if (batchId === undefined) return current;
  const rank = batchRank(db, batchId);
  // missingDecidedBy, when set, ranks after importBatch: the decision is its to keep or lose.
  if (rank > batchRank(db, current.missingDecidedBy ?? current.importBatch)) {
    return { importBatch: batchId, missingFromSource: false, missingDecidedBy: null };
  }
  if (rank > batchRank(db, current.importBatch)) return { ...current, importBatch: batchId };
  return current;
}
