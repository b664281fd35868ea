import { z } from 'zod';
import { insertJob, updateJob, getDeskRules, writeDeskRules } from '../../db/queries/print-jobs.ts';
import { JOB_KINDS } from '../../model/print-jobs.ts';
import { eventKey } from '../events/envelope.ts';
import { defineReducer, type Reducer } from '../events/reducer.ts';

// Every change of a print job is an event, so the log says who printed or reprinted what, when,
// and on which desk; the reducers only copy the event into print_jobs.

const jobId = z.string().min(1).max(64);
const text = z.string().max(2000);

export const printQueued = z.object({
  jobId,
  kind: z.enum(JOB_KINDS),
  attendeeId: z.string().nullable(),
  template: z.string().max(200).nullable(),
  copies: z.number().int().min(1).max(99),
  printer: z.string().min(1).max(500),
  /** The desk whose worker prints the job (usually the one that asked). */
  desk: z.string().max(100),
  checkinId: z.string().nullable(),
  /** 0 for the first print of a badge, n for the n-th reprint. */
  reprint: z.number().int().min(0),
});
/** `worker` is host:pid of the sender, so that a restart can tell a dead sender from a live one. */
export const printSending = z.object({ jobId, attempt: z.number().int().min(1), worker: z.string().max(300) });
export const printSubmitted = z.object({ jobId, spoolerJobId: z.string().min(1).max(200), detail: text });
export const printWaiting = z.object({ jobId, detail: text });
export const printDone = z.object({ jobId, detail: text });
export const printDeferred = z.object({ jobId, error: text, retryAt: z.iso.datetime() });
export const printFailed = z.object({ jobId, error: text });
export const printCancelled = z.object({ jobId });
export const printRequeued = z.object({ jobId });
export const printDeskRulesSet = z.object({
  desk: z.string().max(100),
  badgePrinter: z.string().max(500).nullable(),
  sheetPrinter: z.string().max(500).nullable(),
  badgeTemplate: z.string().max(200).nullable(),
  autoPrint: z.boolean(),
});

export const printReducers: Record<string, Reducer> = {
  'print.queued': defineReducer(printQueued, (db, e) => {
    insertJob(db, { ...e.payload, id: e.payload.jobId, requestedBy: `${e.operator} at ${e.desk}`, createdAt: e.at });
  }),
  'print.sending': defineReducer(printSending, (db, e) => {
    updateJob(db, e.payload.jobId, e.at, {
      state: 'sending', attempts: e.payload.attempt, spoolerJobId: null, worker: e.payload.worker, nextAttemptAt: null, detail: 'sending to the printer',
    });
  }),
  'print.submitted': defineReducer(printSubmitted, (db, e) => {
    updateJob(db, e.payload.jobId, e.at, { spoolerJobId: e.payload.spoolerJobId, detail: e.payload.detail });
  }),
  'print.waiting': defineReducer(printWaiting, (db, e) => {
    updateJob(db, e.payload.jobId, e.at, { detail: e.payload.detail });
  }),
  'print.done': defineReducer(printDone, (db, e) => {
    updateJob(db, e.payload.jobId, e.at, { state: 'done', detail: e.payload.detail, lastError: null, doneAt: e.at });
  }),
  'print.deferred': defineReducer(printDeferred, (db, e) => {
    updateJob(db, e.payload.jobId, e.at, {
      state: 'queued', lastError: e.payload.error, nextAttemptAt: e.payload.retryAt, detail: `retrying at ${e.payload.retryAt}`,
    });
  }),
  'print.failed': defineReducer(printFailed, (db, e) => {
    updateJob(db, e.payload.jobId, e.at, { state: 'failed', lastError: e.payload.error, detail: `failed: ${e.payload.error}` });
  }),
  'print.cancelled': defineReducer(printCancelled, (db, e) => {
    updateJob(db, e.payload.jobId, e.at, { state: 'cancelled', detail: `cancelled by ${e.operator} at ${e.desk}` });
  }),
  'print.requeued': defineReducer(printRequeued, (db, e) => {
    updateJob(db, e.payload.jobId, e.at, { state: 'queued', nextAttemptAt: null, spoolerJobId: null, detail: `retry asked by ${e.operator}` });
  }),
  'print.desk-rules-set': defineReducer(printDeskRulesSet, (db, e) => {
    const current = getDeskRules(db, e.payload.desk);
    const key = eventKey(e);
    if (current && current.updatedKey > key) return;
    writeDeskRules(db, e.payload, key);
  }),
};
