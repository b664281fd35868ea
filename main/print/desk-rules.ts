import type { Db } from '../../db/open.ts';
import { categoryTemplate } from '../../db/queries/templates.ts';
import { getDeskRules, hasMeetings, liveBadgeJobs, type PrintJob } from '../../db/queries/print-jobs.ts';
import type { DeskPrintRules } from '../../model/printers.ts';
import { preprintedBadge } from '../../db/queries/preprinted.ts';
import { apply } from '../events/apply.ts';
import { type Actor, newEvent } from '../events/envelope.ts';
import { enqueue } from './queue.ts';

// What a desk prints when someone checks in: the badge on the first admission (once), and the
// meeting sheet with it when the person has meetings; a reprint only when asked for.

export type { DeskPrintRules };

export function deskRules(db: Db, desk: string): DeskPrintRules {
  const r = getDeskRules(db, desk);
  return r
    ? { desk: r.desk, badgePrinter: r.badgePrinter, sheetPrinter: r.sheetPrinter, badgeTemplate: r.badgeTemplate, autoPrint: r.autoPrint }
    : { desk, badgePrinter: null, sheetPrinter: null, badgeTemplate: null, autoPrint: true };
}

/** The template a desk prints for a person: its choice for the person's category, else the desk's. */
export function badgeTemplateFor(db: Db, desk: string, category: string): string | null {
  return categoryTemplate(db, desk, category) ?? deskRules(db, desk).badgeTemplate;
}

/** Sets a desk's printers (an event, so every desk knows who changed them when). */
export function setDeskRules(db: Db, actor: Actor, rules: Partial<Omit<DeskPrintRules, 'desk'>> & { desk?: string }): DeskPrintRules {
  const desk = rules.desk ?? actor.desk;
  const merged = { ...deskRules(db, desk), ...rules, desk };
  apply(db, newEvent(actor, 'print.desk-rules-set', merged));
  return deskRules(db, desk);
}

/**
 * Why a check-in printed no badge, as a code the screen translates. `no-printer` and a printing
 * error are problems staff must fix; the others are the rules working (no second badge).
 */
export const SKIP_REASONS = ['not-admitted', 'auto-off', 'no-printer', 'already-today', 'has-badge', 'preprinted'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export type PrintOutcome =
  | { readonly status: 'queued'; readonly jobs: readonly PrintJob[] }
  | { readonly status: 'skipped'; readonly code: SkipReason; readonly reason: string }
  | { readonly status: 'error'; readonly message: string; readonly jobs: readonly PrintJob[] };

export interface PrintOnCheckinOptions {
  /** Print the badge again although the person has one (counted as a reprint in the log). */
  readonly reprint?: boolean;
}

const skipped = (code: SkipReason, reason: string): PrintOutcome => ({ status: 'skipped', code, reason });

/**
 * What the queue needs to know of a check-in, as plain data: the door (main/checkin) hands it
 * over, so the print folder never reaches back into admission.
 */
export interface PrintAdmission {
  readonly outcome: 'admitted' | 'already' | 'attention' | 'refused';
  /** Null for a refusal without a person (an unknown code). */
  readonly attendeeId: string | null;
  /** The person's category, for the desk's choice of template. */
  readonly category: string;
  /** The new check-in's id when admitted, else null. */
  readonly checkinId: string | null;
}

/** Queues what the desk rules say to print after a check-in; never throws for a printing problem. */
export function onCheckin(db: Db, actor: Actor, admission: PrintAdmission, options: PrintOnCheckinOptions = {}): PrintOutcome {
  // A refused person, or a flagged one staff have not confirmed yet, gets no badge.
  const { outcome, attendeeId, checkinId } = admission;
  if (outcome === 'refused' || outcome === 'attention' || attendeeId === null) return skipped('not-admitted', 'not admitted');
  const rules = deskRules(db, actor.desk);
  if (!options.reprint && !rules.autoPrint) return skipped('auto-off', 'automatic printing is off at this desk');
  if (!rules.badgePrinter) return skipped('no-printer', `no badge printer is set for desk "${actor.desk}"`);
  const existing = liveBadgeJobs(db, attendeeId);
  if (!options.reprint) {
    if (outcome === 'already') return skipped('already-today', 'already checked in today; ask for a reprint to print again');
    const last = existing.at(-1);
    if (last) return skipped('has-badge', `already has a badge (${last.state} at ${last.updatedAt} on ${last.desk})`);
    const batch = preprintedBadge(db, attendeeId);
    if (batch) return skipped('preprinted', `badge pre-printed on ${batch.at} at ${batch.desk}`);
  }
  try {
    const jobs = [enqueue(db, actor, { kind: 'badge', attendeeId, printer: rules.badgePrinter, template: badgeTemplateFor(db, actor.desk, admission.category), checkinId })];
    if (existing.length === 0 && rules.sheetPrinter && hasMeetings(db, attendeeId)) {
      jobs.push(enqueue(db, actor, { kind: 'sheet', attendeeId, printer: rules.sheetPrinter, checkinId }));
    }
    return { status: 'queued', jobs };
  } catch (err) {
    return { status: 'error', message: err instanceof Error ? err.message : String(err), jobs: [] };
  }
}
