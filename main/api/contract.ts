import { z } from 'zod';
import { daySchema } from '../../model/attendee.ts';
import { conferenceSettingsSchema } from '../../model/conference.ts';
import * as s from './schemas.ts';
import * as rooms from '../sessions/views.ts';
import { designerContract } from '../templates/contract.ts';
import { privacyStatusView, purgeInput, purgeResultView } from '../privacy/api-schemas.ts';
import * as mm from './meetings-schemas.ts';

// The one contract between the UI and the core. Both transports (IPC in Electron, HTTP in a
// browser) are generated from it, so they cannot drift. Pure zod: no Node, no electron.
// Inputs are strict objects: an unknown key is a mistake in the caller, reported, not ignored.

const none = z.strictObject({});
const byId = z.strictObject({ id: s.idSchema });
const byJob = z.strictObject({ jobId: s.idSchema });
// Staff's word at the door: admit a person flagged for attention, or one the rules refuse (with why).
const doorDecision = {
  confirmAttention: z.boolean().optional(),
  override: z.strictObject({ reason: z.string().trim().min(3, 'say why this person is admitted').max(500) }).optional(),
};
const checkinTarget = z.union([
  z.strictObject({ code: z.string().trim().min(1).max(2000), day: daySchema.optional(), ...doorDecision }),
  z.strictObject({ attendeeId: s.idSchema, day: daySchema.optional(), ...doorDecision }),
], { error: 'give either { code } (a scanned code) or { attendeeId }, with an optional day' });
const printRequest = z.strictObject({ attendeeId: s.idSchema, printer: z.string().max(200).optional() });
const ok = z.object({ done: z.literal(true) });

/**
 * Method name → input and output schemas. `kiosk: true` marks the few methods a self-service
 * kiosk paired over the LAN may call; none of them can list the roster.
 */
export const contract = {
  'roster.search': {
    input: z.strictObject({ query: z.string().max(200), limit: z.number().int().min(1).max(100).default(20) }),
    output: z.array(s.searchHit),
  },
  'checkin.scan': { input: checkinTarget, output: s.checkinOutcome },
  'checkin.scanAndPrint': {
    input: checkinTarget,
    output: z.object({ checkin: s.checkinOutcome, print: s.printOutcome }),
  },
  'checkin.undo': { input: z.strictObject({ checkinId: s.idSchema, reason: z.string().trim().max(500).optional() }), output: s.checkinView },
  'attendee.get': {
    input: byId,
    output: z.object({ attendee: s.attendeeView, checkins: z.array(s.checkinView), meetingCount: z.number().int() }),
  },
  'attendee.edit': {
    input: z.strictObject({ id: s.idSchema, patch: s.editableFields, addCodes: z.array(z.string().min(1).max(200)).max(10).optional() }),
    output: s.attendeeView,
  },
  'attendee.walkIn': {
    input: s.walkInInput,
    output: z.object({ attendee: s.attendeeView, checkin: s.checkinOutcome.nullable() }),
  },
  'print.badge': { input: printRequest, output: s.printJob },
  'print.sheet': { input: printRequest, output: s.printJob },
  'print.queue': { input: none, output: z.array(s.printJob) },
  'print.retry': { input: byJob, output: s.printJob },
  'print.cancel': { input: byJob, output: s.printJob },
  'printers.list': { input: none, output: z.array(s.printerView) },
  'printers.rules': { input: none, output: s.deskPrintRules },
  'printers.setRules': {
    input: z.strictObject({
      badgePrinter: z.string().min(1).max(300).nullable().optional(),
      sheetPrinter: z.string().min(1).max(300).nullable().optional(),
      autoPrint: z.boolean().optional(),
    }),
    output: s.deskPrintRules,
  },
  'printers.testPage': { input: z.strictObject({ printer: z.string().min(1).max(200) }), output: s.printJob },
  'stats.get': { input: z.strictObject({ day: daySchema.optional() }), output: s.statsView },
  'lists.export': {
    // day null: every day of the event.
    input: z.strictObject({ list: z.enum(['checkins', 'no-shows']), day: daySchema.nullable(), format: z.enum(['xlsx', 'csv']).default('xlsx') }),
    output: s.fileView,
  },
  'import.presets': {
    input: none,
    output: z.object({ presets: z.array(z.object({ id: z.string(), name: z.string() })), targets: z.array(z.string()) }),
  },
  'import.preview': { input: s.importSource, output: s.importReportView },
  'import.commit': { input: s.importSource, output: s.importReportView },
  'meetings.forAttendee': { input: z.strictObject({ attendeeId: s.idSchema }), output: z.array(s.meetingView) },
  'event.get': { input: none, output: conferenceSettingsSchema.nullable(), kiosk: true },
  'event.update': { input: conferenceSettingsSchema.partial().strict(), output: conferenceSettingsSchema },
  'templates.list': { input: none, output: z.array(s.templateView) },
  'templates.select': { input: z.strictObject({ templateId: s.idSchema }), output: ok },
  'templates.preview': {
    input: z.strictObject({ templateId: s.idSchema, attendeeId: s.idSchema.optional() }),
    output: s.pdfView,
  },
  'staff.setPin': { input: z.strictObject({ pin: s.pinSchema, currentPin: z.string().max(16).optional() }), output: ok },
  'staff.verifyPin': { input: z.strictObject({ pin: z.string().max(16) }), output: z.object({ valid: z.boolean() }) },
  'checkin.doubleAdmissions': { input: z.strictObject({ day: daySchema.optional() }), output: z.array(s.doubleAdmission) },
  'sync.status': { input: none, output: s.syncView },
  'sync.configure': { input: s.syncSettings, output: s.syncView },
  'sync.stop': { input: none, output: s.syncView },
  'help.list': { input: none, output: z.array(s.helpFlag) },
  'help.clear': { input: byId, output: s.helpFlag },
  'kiosk.help': {
    input: z.strictObject({ station: z.string().max(100).default('Kiosk'), message: z.string().max(300).default('') }),
    output: s.helpFlag,
    kiosk: true,
  },
  'kiosk.search': {
    // Names only, three letters of the family name at least; at most five people, else only how many.
    input: z.strictObject({ query: z.string().trim().min(3).max(100) }),
    output: z.object({ matches: z.array(s.kioskMatch).max(5), total: z.number().int() }),
    kiosk: true,
  },
  'kiosk.scan': {
    // capture: how the code arrived; a code typed by hand is refused (only a scanner or the camera).
    input: z.strictObject({ code: z.string().trim().min(1).max(2000), capture: s.scanCapture }),
    output: s.kioskOutcome,
    kiosk: true,
  },
  'attendee.history': { input: byId, output: z.array(s.historyEntry) },
  'checkin.decisions': { input: z.strictObject({ day: daySchema.optional() }), output: z.array(s.deskDecision) },
  'print.batch': {
    input: z.strictObject({ category: z.string().min(1).max(60).optional() }),
    output: z.object({ queued: z.number().int(), skipped: z.number().int() }),
  },
  'kiosk.emailChallenge': { input: z.strictObject({ ref: z.string().min(1).max(64) }), output: s.emailChallenge, kiosk: true },
  'kiosk.printOwnBadge': {
    input: z.union([
      z.strictObject({ ref: z.string().min(1).max(64), choice: z.number().int().min(0).max(2) }),
      z.strictObject({ ref: z.string().min(1).max(64), localPart: z.string().trim().min(1).max(200) }),
    ], { error: 'give { ref, choice } or { ref, localPart }' }),
    output: s.kioskOutcome,
    kiosk: true,
  },
  'kiosk.pinStatus': { input: none, output: z.object({ set: z.boolean() }), kiosk: true },
  'kiosk.leave': { input: z.strictObject({ pin: z.string().max(16) }), output: z.object({ left: z.boolean() }), kiosk: true },
  'sessions.list': { input: z.strictObject({ day: daySchema.optional() }), output: z.array(rooms.sessionFillView) },
  'sessions.export': {
    input: z.strictObject({ sessionId: s.idSchema, list: z.enum(['attendance', 'no-shows']), format: z.enum(['xlsx', 'csv']).default('xlsx') }),
    output: s.fileView,
  },
  // A desk's correction (no `door` flag: a room-door tablet cannot take anyone back out of a session).
  'sessions.undoCheckin': {
    input: z.strictObject({ checkinId: s.idSchema, reason: z.string().trim().min(3, 'say why the check-in is undone').max(500) }),
    output: rooms.sessionUndoView,
  },
  // `door: true`: what a tablet paired with the room-door token may call (no roster, no lists).
  'door.sessions': { input: z.strictObject({ day: daySchema.optional() }), output: rooms.doorProgrammeView, door: true },
  'door.status': { input: z.strictObject({ sessionId: s.idSchema }), output: rooms.doorStatusView, door: true },
  'door.scan': {
    input: z.strictObject({ sessionId: s.idSchema, code: z.string().trim().min(1).max(2000) }),
    output: rooms.doorOutcome,
    door: true,
  },
  'privacy.status': { input: none, output: privacyStatusView },
  'privacy.purge': { input: purgeInput, output: purgeResultView },
  // A room door in matchmaking mode confirms meetings too (it must say where: `place`).
  'meetings.scan': { input: mm.meetingScanInput, output: mm.matchmakingOutcome, door: true },
  'meetings.report': { input: none, output: mm.meetingsReportView },
  'meetings.exportReport': { input: z.strictObject({ format: z.enum(['xlsx', 'csv']).default('xlsx'), notHeld: z.boolean().default(false) }), output: s.fileView },
  'plan.desks': { input: mm.planRequest, output: mm.planView },
  'door.meetings': { input: none, output: mm.doorMeetingsView, door: true },
  ...designerContract,
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType; kiosk?: boolean; door?: boolean }>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What the caller sends (defaults may be left out). */
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives, after parsing. */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = z.output<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];
export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);
export const KIOSK_METHODS: readonly MethodName[] = METHOD_NAMES.filter((m) => 'kiosk' in contract[m]);
export const DOOR_METHODS: readonly MethodName[] = METHOD_NAMES.filter((m) => 'door' in contract[m]);

export const ERROR_CODES = ['invalid', 'not-found', 'denied', 'unavailable', 'unauthorized', 'internal', 'rate-limited'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
export interface ApiError {
  readonly code: ErrorCode;
  readonly message: string;
  readonly issues?: readonly { path: string; message: string }[];
}
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

/** The API as the renderer sees it: window.foyer in Electron, the HTTP client in a browser. */
export type FoyerApi = { readonly [M in MethodName]: (input: Input<M>) => Promise<Result<Output<M>>> };

/** Live updates pushed to every screen (IPC event in Electron, server-sent events over HTTP). */
export const liveUpdate = z.discriminatedUnion('type', [
  z.object({ type: z.literal('checkin'), outcome: s.checkinOutcome }),
  z.object({ type: z.literal('checkin.undone'), checkin: s.checkinView }),
  z.object({ type: z.literal('attendee.changed'), attendeeId: z.string() }),
  z.object({ type: z.literal('roster.imported'), report: s.importReportView }),
  z.object({ type: z.literal('import.progress'), message: z.string() }),
  z.object({ type: z.literal('event.changed') }),
  z.object({ type: z.literal('print.job'), job: s.printJob }),
  z.object({ type: z.literal('printers'), printers: z.array(s.printerView) }),
  z.object({ type: z.literal('help'), flag: s.helpFlag }),
  z.object({ type: z.literal('sync'), status: s.syncView }),
  /** Sync applied events from other desks (check-ins, edits, imports): screens reload what they show. */
  z.object({ type: z.literal('remote-events'), count: z.number().int() }),
  /** Someone was let in at a room door (or undone at a desk): the session's new count (no names, so room doors may hear it). */
  z.object({ type: z.literal('session.checkin'), sessionId: z.string(), admitted: z.number().int() }),
  z.object({ type: z.literal('meeting.held'), meetingId: z.string() }),
]);
export type LiveUpdate = z.infer<typeof liveUpdate>;

/** IPC channel names, derived from the method names (one place, no free-form channels). */
export const channelOf = (method: MethodName): string => `foyer:${method}`;
export const UPDATE_CHANNEL = 'foyer:update';
