import type { Db } from '../handle.ts';
import { prepared } from '../prepared.ts';

/** Ranks a batch by the earliest event key seen carrying it (any of its events may come first). */
export function rankBatch(db: Db, batchId: string, eventKey: string): void {
  prepared(
    db,
    `INSERT INTO import_order (batch_id, rank_key) VALUES (?, ?)
     ON CONFLICT (batch_id) DO UPDATE SET rank_key = min(rank_key, excluded.rank_key)`,
  ).run(batchId, eventKey);
}

/** The rank of a batch; '' for none or for a batch imported before ranks were kept (any later import wins). */
export function batchRank(db: Db, batchId: string | null): string {
  if (batchId === null) return '';
  return (prepared(db, 'SELECT rank_key FROM import_order WHERE batch_id = ?').pluck().get(batchId) as string | undefined) ?? '';
}

/**
 * Marks people absent from a batch's file, unless an import ranking later has already said
 * whether they are in (the batch must be ranked first).
 */
export function markMissingFromSource(db: Db, ids: readonly string[], batchId: string): void {
  const update = prepared(
    db,
    `UPDATE attendees SET missing_from_source = 1, missing_decided_by = ?
     WHERE id = ? AND ? > coalesce((SELECT rank_key FROM import_order WHERE batch_id = coalesce(missing_decided_by, import_batch)), '')`,
  );
  const rank = batchRank(db, batchId);
  for (const id of ids) update.run(batchId, id, rank);
}
