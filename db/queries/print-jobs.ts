import type { Db } from '../handle.ts';

import type { JobKind, JobState } from '../../model/print-jobs.ts';
import type { DeskPrintRules } from '../../model/printers.ts';

export interface PrintJob {
  readonly id: string;
  readonly kind: JobKind;
  readonly attendeeId: string | null;
  readonly template: string | null;
  readonly copies: number;
  readonly printer: string;
  readonly desk: string;
  readonly requestedBy: string;
  readonly checkinId: string | null;
  readonly reprint: number;
  readonly state: JobState;
  readonly detail: string;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly spoolerJobId: string | null;
  readonly worker: string | null;
  readonly nextAttemptAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly doneAt: string | null;
}

const SELECT = `SELECT id, kind, attendee_id AS attendeeId, template, copies, printer, desk, requested_by AS requestedBy,
  checkin_id AS checkinId, reprint, state, detail, attempts, last_error AS lastError, spooler_job_id AS spoolerJobId, worker,
  next_attempt_at AS nextAttemptAt, created_at AS createdAt, updated_at AS updatedAt, done_at AS doneAt FROM print_jobs`;

export type NewJob = Pick<PrintJob, 'id' | 'kind' | 'attendeeId' | 'template' | 'copies' | 'printer' | 'desk' | 'requestedBy' | 'checkinId' | 'reprint' | 'createdAt'>;

export function insertJob(db: Db, j: NewJob): void {
  db.prepare(
    `INSERT INTO print_jobs (id, kind, attendee_id, template, copies, printer, desk, requested_by, checkin_id, reprint,
       state, detail, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', 'queued', ?, ?) ON CONFLICT (id) DO NOTHING`,
  ).run(j.id, j.kind, j.attendeeId, j.template, j.copies, j.printer, j.desk, j.requestedBy, j.checkinId, j.reprint, j.createdAt, j.createdAt);
}

/** The columns a state change may set; absent ones keep their value. */
export interface JobChange {
  readonly state?: JobState;
  readonly detail?: string;
  readonly attempts?: number;
  readonly lastError?: string | null;
  readonly spoolerJobId?: string | null;
  readonly worker?: string | null;
  readonly nextAttemptAt?: string | null;
  readonly doneAt?: string | null;
}

const COLUMNS: Record<keyof JobChange, string> = {
  state: 'state', detail: 'detail', attempts: 'attempts', lastError: 'last_error', spoolerJobId: 'spooler_job_id', worker: 'worker',
  nextAttemptAt: 'next_attempt_at', doneAt: 'done_at',
};

/** Updates one job; a job not known here (its print.queued not yet synced) is left alone. */
export function updateJob(db: Db, id: string, at: string, change: JobChange): void {
  const keys = (Object.keys(change) as (keyof JobChange)[]).filter((k) => change[k] !== undefined);
  const sets = keys.map((k) => `${COLUMNS[k]} = ?`);
  db.prepare(`UPDATE print_jobs SET ${[...sets, 'updated_at = ?'].join(', ')} WHERE id = ?`).run(
    ...keys.map((k) => change[k] as string | number | null),
    at,
    id,
  );
}

export function getJob(db: Db, id: string): PrintJob | undefined {
  return db.prepare(`${SELECT} WHERE id = ?`).get(id) as PrintJob | undefined;
}

/** Jobs whose id starts with `prefix` (the CLI accepts a short id, like git). */
export function jobsByIdPrefix(db: Db, prefix: string, limit = 2): PrintJob[] {
  return db.prepare(`${SELECT} WHERE id >= ? AND id < ? ORDER BY id LIMIT ?`).all(prefix, `${prefix}\u{10FFFF}`, limit) as PrintJob[];
}

/** Queued jobs of a desk that may be tried now, oldest first. */
export function dueJobs(db: Db, desk: string, now: string): PrintJob[] {
  return db
    .prepare(`${SELECT} WHERE desk = ? AND state = 'queued' AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY created_at, id`)
    .all(desk, now) as PrintJob[];
}

export function jobsInState(db: Db, desk: string, state: JobState): PrintJob[] {
  return db.prepare(`${SELECT} WHERE desk = ? AND state = ? ORDER BY created_at, id`).all(desk, state) as PrintJob[];
}

export function recentJobs(db: Db, limit: number, desk?: string): PrintJob[] {
  return (desk
    ? db.prepare(`${SELECT} WHERE desk = ? ORDER BY created_at DESC, id LIMIT ?`).all(desk, limit)
    : db.prepare(`${SELECT} ORDER BY created_at DESC, id LIMIT ?`).all(limit)) as PrintJob[];
}

/** Badge jobs of a person that printed or may still print (not failed or cancelled), on any desk. */
export function liveBadgeJobs(db: Db, attendeeId: string): PrintJob[] {
  return db
    .prepare(`${SELECT} WHERE attendee_id = ? AND kind = 'badge' AND state IN ('queued', 'sending', 'done') ORDER BY created_at`)
    .all(attendeeId) as PrintJob[];
}

/** The highest reprint number among a person's badge jobs (-1 when there was none). */
export function lastBadgeReprint(db: Db, attendeeId: string): number {
  return (db.prepare(`SELECT max(reprint) FROM print_jobs WHERE attendee_id = ? AND kind = 'badge'`).pluck().get(attendeeId) as number | null) ?? -1;
}

export function hasMeetings(db: Db, attendeeId: string): boolean {
  // As a person or as one of an organisation's representatives (meeting_parties lists both).
  return db.prepare('SELECT 1 FROM meeting_parties WHERE attendee_id = ? LIMIT 1').pluck().get(attendeeId) === 1;
}

export type { DeskPrintRules };

export function getDeskRules(db: Db, desk: string): (DeskPrintRules & { updatedKey: string }) | undefined {
  const r = db
    .prepare(`SELECT desk, badge_printer AS badgePrinter, sheet_printer AS sheetPrinter, badge_template AS badgeTemplate,
      auto_print AS autoPrint, updated_key AS updatedKey FROM desk_print_rules WHERE desk = ?`)
    .get(desk) as (Omit<DeskPrintRules, 'autoPrint'> & { autoPrint: number; updatedKey: string }) | undefined;
  return r && { ...r, autoPrint: r.autoPrint === 1 };
}

export function writeDeskRules(db: Db, r: DeskPrintRules, updatedKey: string): void {
  db.prepare(
    `INSERT INTO desk_print_rules (desk, badge_printer, sheet_printer, badge_template, auto_print, updated_key)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (desk) DO UPDATE SET badge_printer = excluded.badge_printer, sheet_printer = excluded.sheet_printer,
       badge_template = excluded.badge_template, auto_print = excluded.auto_print, updated_key = excluded.updated_key`,
  ).run(r.desk, r.badgePrinter, r.sheetPrinter, r.badgeTemplate, r.autoPrint ? 1 : 0, updatedKey);
}
