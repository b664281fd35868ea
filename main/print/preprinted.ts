import type { Db } from '../../db/open.ts';
import { liveBadgeJobs } from '../../db/queries/print-jobs.ts';
import { preprintedBadge } from '../../db/queries/preprinted.ts';
import { selectBadgeIds } from '../badges/render-batch.ts';
import { apply } from '../events/apply.ts';
import { type Actor, newEvent } from '../events/envelope.ts';
import { deskRules } from './desk-rules.ts';
import { enqueue } from './queue.ts';

// Badges printed before the doors open (`foyer badges`, or the dashboard's batch through the
// print queue) count as the person's badge: their first check-in prints none unless staff ask.

/** Records that these people's badges were printed in a batch (a PDF that went to a printer). */
export function recordPreprinted(db: Db, actor: Actor, attendeeIds: readonly string[], template: string, now = new Date()): void {
  if (attendeeIds.length === 0) return;
  apply(db, newEvent(actor, 'badges.preprinted', { attendeeIds: [...attendeeIds], template }, now));
}

/** Whether someone has a badge already: printed or queued on any desk, or pre-printed in a batch. */
export const hasBadge = (db: Db, attendeeId: string): boolean =>
  liveBadgeJobs(db, attendeeId).length > 0 || preprintedBadge(db, attendeeId) !== undefined;

/**
 * Queues a badge for every active person (of one category) who has none yet, on this desk's badge
 * printer: each job is the person's badge, so their check-in later prints no second one.
 */
export function queueBadgeBatch(db: Db, actor: Actor, options: { category?: string } = {}, now = new Date()): { queued: number; skipped: number } {
  const rules = deskRules(db, actor.desk);
  if (!rules.badgePrinter) throw new NoBadgePrinterError(actor.desk);
  const ids = selectBadgeIds(db, options.category ? { category: options.category } : {});
  let queued = 0;
  for (const attendeeId of ids) {
    if (hasBadge(db, attendeeId)) continue;
    enqueue(db, actor, { kind: 'badge', attendeeId, printer: rules.badgePrinter, template: rules.badgeTemplate }, now);
    queued += 1;
  }
  return { queued, skipped: ids.length - queued };
}

export class NoBadgePrinterError extends Error {
  constructor(desk: string) {
    super(`No badge printer is set for desk "${desk}": choose one in Setup → Printers.`);
  }
}
