import { z } from 'zod';
import { daySchema } from '../../model/attendee.ts';

// What the screens see of sessions: the contract's schemas for the room door and the programme.
// Pure zod (the renderer is typed by it, and the contract imports no Node).

/** Why a room door says no. `not-admitted` carries the front door's own reason in `entryReason`. */
export const SESSION_REFUSALS = [
  'no-event', 'unknown-session', 'unknown-code', 'forged', 'session-not-today', 'not-admitted', 'not-registered',
  'category-not-allowed', 'session-full',
] as const;
export const ENTRY_REASONS = ['not-event-day', 'cancelled', 'blocked', 'not-entitled', 'not-yet-valid', 'no-longer-valid'] as const;

export const sessionView = z.object({
  id: z.string(),
  title: z.string(),
  room: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  day: daySchema,
  type: z.string(),
  capacity: z.number().int().nullable(),
  access: z.enum(['open', 'registered', 'category']),
  categories: z.array(z.string()),
  speakers: z.string(),
  admitted: z.number().int(),
  registered: z.number().int(),
  full: z.boolean(),
});
export type SessionView = z.infer<typeof sessionView>;

/** A session on the dashboard: its counts and the people in the room over time. */
export const sessionFillView = sessionView.extend({
  fill: z.array(z.object({ at: z.string(), admitted: z.number().int() })),
});
export type SessionFillView = z.infer<typeof sessionFillView>;

/** Only what a room door needs to greet the person: no e-mail, no notes, no codes. */
export const doorPerson = z.object({ displayName: z.string(), organisation: z.string(), category: z.string() });
const roomCount = z.object({ admitted: z.number().int(), capacity: z.number().int().nullable() });

export const doorOutcome = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('admitted'), attendee: doorPerson, at: z.string(), count: roomCount, frontDoor: z.boolean() }),
  z.object({ outcome: z.literal('already'), attendee: doorPerson, firstAt: z.string(), firstDesk: z.string(), count: roomCount }),
  z.object({
    outcome: z.literal('refused'),
    reason: z.enum(SESSION_REFUSALS),
    entryReason: z.enum(ENTRY_REASONS).nullable(),
    message: z.string(),
    attendee: doorPerson.nullable(),
    count: roomCount.nullable(),
  }),
]);
export type DoorOutcome = z.infer<typeof doorOutcome>;

export const doorStatusView = z.object({ session: sessionView, next: sessionView.nullable() });
export type DoorStatusView = z.infer<typeof doorStatusView>;

export const doorProgrammeView = z.object({
  eventName: z.string(),
  timeZone: z.string(),
  today: daySchema,
  sessions: z.array(sessionView),
});
export type DoorProgrammeView = z.infer<typeof doorProgrammeView>;

/** A room-door check-in undone at a desk: the session's count after it (the seat is free again). */
export const sessionUndoView = z.object({
  sessionId: z.string(),
  attendeeId: z.string(),
  undone: z.array(z.string()),
  at: z.string(),
  count: roomCount,
});
export type SessionUndoView = z.infer<typeof sessionUndoView>;
