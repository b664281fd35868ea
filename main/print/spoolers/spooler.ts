// What the print worker needs from an operating-system spooler (or a folder standing in for one).

export interface Media {
  readonly widthPt: number;
  readonly heightPt: number;
}

export interface SubmitRequest {
  /** The queue name as the spooler knows it. */
  readonly printer: string;
  readonly pdf: Buffer;
  /** Unique per job and attempt: it lets a restarted desk find a submission it did not record. */
  readonly title: string;
  readonly copies: number;
  readonly media: Media;
}

export type SubmitResult =
  /** The spooler took the job; follow it with `status`. */
  | { readonly kind: 'accepted'; readonly spoolerJobId: string }
  /** Nothing more to follow (a PDF folder: the file is written). */
  | { readonly kind: 'finished'; readonly detail: string };

export type SpoolerJobStatus =
  | { readonly state: 'waiting'; readonly detail: string }
  | { readonly state: 'printing'; readonly detail: string }
  | { readonly state: 'completed'; readonly detail: string }
  | { readonly state: 'failed'; readonly detail: string }
  /** The spooler no longer knows the job: whether it printed cannot be told from here. */
  | { readonly state: 'unknown'; readonly detail: string };

export interface Spooler {
  submit(request: SubmitRequest): Promise<SubmitResult>;
  status(printer: string, spoolerJobId: string): Promise<SpoolerJobStatus>;
  /** The spooler job holding a submission with this title that has not failed, if any. */
  findByTitle(printer: string, title: string): Promise<string | null>;
  cancel(printer: string, spoolerJobId: string): Promise<void>;
}

/**
 * A submission the spooler refused. `permanent` errors (no such printer) fail the job at once
 * with the message for the operator; others (spooler down, queue not accepting) are retried.
 */
export class SpoolerError extends Error {
  readonly permanent: boolean;
  constructor(message: string, permanent: boolean) {
    super(message);
    this.name = 'SpoolerError';
    this.permanent = permanent;
  }
}

/** A print queue as the machine's spooler lists it (model/printers.ts). */
export type { PrinterInfo } from '../../../model/printers.ts';
