import { z } from 'zod';
import { attendeeFieldsSchema, attendeeSchema, daySchema, isoSchema } from '../../model/attendee.ts';
import { checkinView } from '../../model/checkins.ts';
import { JOB_KINDS, JOB_STATES } from '../../model/print-jobs.ts';
import { REFUSAL_REASONS } from '../../model/refusals.ts';

// Schemas the core shares with the contract live in model/ (one source, types read from them).
export { isoSchema } from '../../model/attendee.ts';
export { checkinView, type CheckinView, doubleAdmission } from '../../model/checkins.ts';
export { helpFlag } from '../../model/help.ts';
export { kioskMatch } from '../../model/kiosk.ts';
export { deskPrintRules, printerInfo as printerView } from '../../model/printers.ts';

// Value schemas shared by the contract's methods. Pure zod; the renderer imports only their types
// (import type), so no schema ends up in its bundle.

export const idSchema = z.string().min(1).max(100);

/** An attendee as the desk sees it (internal columns such as rowid are stripped by parsing). */
export const attendeeView = attendeeSchema;

export const checkinOutcome = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('admitted'), checkinId: z.string(), attendee: attendeeView, day: daySchema, at: isoSchema }),
  z.object({ outcome: z.literal('already'), attendee: attendeeView, day: daySchema, first: checkinView, message: z.string() }),
  /** A person flagged for attention: staff read the note, then admit with confirmAttention. */
  z.object({ outcome: z.literal('attention'), attendee: attendeeView, day: daySchema, note: z.string(), message: z.string() }),
  z.object({
    outcome: z.literal('refused'),
    reason: z.enum(REFUSAL_REASONS),
    message: z.string(),
    attendee: attendeeView.nullable(),
    day: z.string(),
  }),
]);
export type CheckinOutcome = z.infer<typeof checkinOutcome>;

export const searchHit = z.object({
  attendee: attendeeView,
  match: z.enum(['code', 'name', 'other', 'typo']),
  /** Today's first check-in that was not undone, for "already checked in 09:14 at Desk 2". */
  checkedIn: checkinView.nullable(),
});

export const editableFields = attendeeFieldsSchema.partial();

export const walkInInput = z.strictObject({
  firstName: z.string().max(200).default(''),
  familyName: z.string().max(200).default(''),
  organisation: z.string().max(300).default(''),
  jobTitle: z.string().max(300).default(''),
  country: z.string().max(100).default(''),
  email: z.string().max(320).default(''),
  category: z.string().min(1).max(60).default('participant'),
  notes: z.string().max(4000).default(''),
  codes: z.array(z.string().min(1).max(200)).max(10).default([]),
  checkIn: z.boolean().default(true),
}).refine((w) => `${w.firstName}${w.familyName}`.trim().length > 0, { message: 'a walk-in needs a first or family name' });

export const printJob = z.object({
  id: z.string(),
  kind: z.enum(JOB_KINDS),
  attendeeId: z.string().nullable(),
  printer: z.string(),
  state: z.enum(JOB_STATES),
  /** Human-readable state detail from the spooler ("queued", "printer out of paper" …). */
  detail: z.string(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: isoSchema,
  updatedAt: isoSchema,
  doneAt: z.string().nullable(),
});
export type PrintJobView = z.infer<typeof printJob>;

export const PRINT_SKIP_REASONS = ['not-admitted', 'auto-off', 'no-printer', 'already-today', 'has-badge', 'preprinted'] as const;

/** What printing did after a check-in: queued jobs, skipped (with why), or a printing error. */
export const printOutcome = z.object({
  status: z.enum(['queued', 'skipped', 'error']),
  message: z.string(),
  jobs: z.array(printJob),
  /** Why nothing printed (skipped), as a code the screen translates; see main/print/desk-rules.ts. */
  reason: z.enum(PRINT_SKIP_REASONS).nullable().default(null),
});

const countRow = z.object({ key: z.string(), registered: z.number().int(), checkedIn: z.number().int() });
export const statsView = z.object({
  day: daySchema,
  registered: z.number().int(),
  checkedIn: z.number().int(),
  /** Active people entitled to the day with no check-in on it. */
  notCheckedIn: z.number().int(),
  cancelled: z.number().int(),
  blocked: z.number().int(),
  byCategory: z.array(countRow),
  byCountry: z.array(countRow),
  /** First arrivals per 15 minutes of the day (slot = HH:MM at the venue), empty slots omitted. */
  arrivalsPer15Min: z.array(z.object({ slot: z.string(), arrivals: z.number().int() })),
});
export type StatsView = z.infer<typeof statsView>;

/** An import file travels as base64 (browsers and IPC both carry strings well). */
export const importSource = z.strictObject({
  fileName: z.string().min(1).max(260).regex(/^[^/\\]+$/, 'a file name, not a path'),
  contentBase64: z.string().min(1).max(90_000_000),
  /** A preset name (see import.presets); detected from the headers when absent. */
  preset: z.string().max(60).optional(),
  /** Column overrides, each "Header=field" (field as listed in import.presets' targets). */
  map: z.array(z.string().min(3).max(300)).max(200).optional(),
  /** Any row problem rejects the whole file. */
  strict: z.boolean().optional(),
  /** Mark people imported before but absent from this file (default true). */
  markMissing: z.boolean().optional(),
});

const rowProblem = z.object({ line: z.number().int(), message: z.string() });
/** The same report for a preview (outcome "dry-run", nothing changed) and for the import itself. */
export const importReportView = z.object({
  outcome: z.enum(['imported', 'dry-run', 'rejected']),
  file: z.string(),
  format: z.enum(['csv', 'xlsx']),
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  preset: z.string(),
  /** Why that preset: chosen, or detected from which headers. */
  presetReason: z.string(),
  presetBasis: z.object({ how: z.enum(['chosen', 'detected', 'guessed']), headers: z.array(z.string()) }),
  mapping: z.array(z.object({ column: z.number().int(), header: z.string(), field: z.string() })),
  rowsTotal: z.number().int(),
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  missing: z.number().int(),
  skipped: z.number().int(),
  problems: z.array(rowProblem),
  warnings: z.array(z.string()),
  batchId: z.string().nullable(),
});

export const meetingView = z.object({
  id: z.string(),
  startsAt: isoSchema,
  endsAt: isoSchema,
  location: z.string(),
  counterpartId: z.string(),
  counterpartName: z.string(),
  counterpartOrganisation: z.string(),
  counterpartCountry: z.string(),
});

export const templateView = z.object({ id: z.string(), name: z.string(), description: z.string(), selected: z.boolean() });
export const pdfView = z.object({ mime: z.literal('application/pdf'), base64: z.string() });
/** A file for the screen to offer as a download. */
export const fileView = z.object({ fileName: z.string(), mime: z.string(), base64: z.string(), rows: z.number().int() });

export const syncView = z.object({
  configured: z.boolean(),
  servers: z.array(z.string()),
  desk: z.string().nullable(),
  /** SHA-256 of the hub certificate this desk trusts (from the pairing). */
  fingerprint: z.string().nullable(),
  running: z.boolean(),
  connected: z.boolean(),
  /** What the connected desk saw of the hub: ok, no-stream, empty (nothing to sync from) or restoring (from this desk). */
  hub: z.enum(['ok', 'no-stream', 'empty', 'restoring']).nullable(),
  /** Events left to publish again while this desk restores the hub. */
  restoring: z.number().int(),
  server: z.string().nullable(),
  offlineSince: z.string().nullable(),
  waitingToSend: z.number().int(),
  failedEvents: z.number().int(),
  lastError: z.string().nullable(),
  lastErrorAt: z.string().nullable(),
});

/** Where this desk syncs: the hub's address(es) as typed, this desk's name, the hub's token. */
export const syncSettings = z.strictObject({
  servers: z.string().trim().min(1, 'give the server, e.g. nats://192.168.1.10:4222').max(2000),
  desk: z.string().trim().min(1, 'give this desk a name, e.g. Desk 2').max(80),
  /** TOKEN#FINGERPRINT as `foyer hub` printed it. Left out: keep the stored one; null: the hub has none. */
  token: z.string().trim().max(300).nullable().optional(),
});

/** desk: the person is sent to the registration desk (refused, or flagged for attention). */
export const kioskOutcome = z.object({
  outcome: z.enum(['admitted', 'already', 'refused', 'desk']),
  firstName: z.string(),
  message: z.string(),
  printed: z.boolean(),
  /** A help request naming the person was raised, so staff expect them. */
  helpRaised: z.boolean().default(false),
});

export const scanCapture = z.discriminatedUnion('via', [
  z.strictObject({ via: z.literal('wedge'), gapsMs: z.array(z.number().min(0).max(60_000)).max(2000) }),
  z.strictObject({ via: z.literal('camera') }),
]);

/** How the person confirms it is them: pick their address, or type the part before @. */
export const emailChallenge = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('choose'), choices: z.array(z.string()).length(3) }),
  z.object({ kind: z.literal('type'), domain: z.string() }),
  z.object({ kind: z.literal('none') }),
]);

export const pinSchema = z.string().regex(/^\d{6,16}$/, 'the PIN is 6 to 16 digits');

/** One line of a person's history at the door (main/checkin/history.ts). */
export const historyEntry = z.object({
  kind: z.enum(['checkin', 'undo', 'badge', 'reprint', 'sheet', 'preprinted', 'attention-confirmed', 'override', 'session-checkin', 'session-undo']),
  at: isoSchema,
  day: z.string().nullable(),
  desk: z.string(),
  operator: z.string(),
  checkinId: z.string().nullable(),
  undone: z.boolean(),
  detail: z.string(),
  /** Room-door entries: the session's title. */
  session: z.string().optional(),
});
export type HistoryEntryView = z.infer<typeof historyEntry>;

/** A decision staff took at the door (an override, an attention confirmed), for the dashboard. */
export const deskDecision = z.object({
  id: z.string(),
  kind: z.enum(['attention-confirmed', 'override', 'undo']),
  attendeeId: z.string(),
  displayName: z.string(),
  day: daySchema,
  checkinId: z.string().nullable(),
  reason: z.string(),
  refusal: z.string().nullable(),
  at: isoSchema,
  desk: z.string(),
  operator: z.string(),
});
