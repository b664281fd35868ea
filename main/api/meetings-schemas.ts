import { z } from 'zod';
import { daySchema } from '../../model/attendee.ts';

// The contract's shapes for matchmaking (meeting scans, the report) and the desk-sizing advisor.
// Pure zod, like contract.ts.

const side = z.object({ label: z.string(), names: z.array(z.string()) });
export const meetingSummary = z.object({
  id: z.string(), startsAt: z.string(), endsAt: z.string(), location: z.string(), status: z.enum(['scheduled', 'cancelled']), a: side, b: side,
});
const held = z.object({ at: z.string(), desk: z.string(), operator: z.string(), place: z.string(), method: z.enum(['code', 'badges']) });

export const matchmakingOutcome = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('confirmed'), meeting: meetingSummary, held }),
  z.object({ kind: z.literal('already'), meeting: meetingSummary, held }),
  z.object({
    kind: z.literal('refused'), reason: z.enum(['forged', 'unknown-meeting', 'cancelled', 'unknown-code', 'no-meeting', 'same-person']),
    message: z.string(), meeting: meetingSummary.optional(),
  }),
  z.object({ kind: z.literal('first'), attendee: z.object({ id: z.string(), name: z.string(), organisation: z.string() }), meetings: z.array(meetingSummary) }),
]);

export const meetingScanInput = z.strictObject({
  code: z.string().trim().min(1).max(2000),
  /** The first party's badge, scanned just before (the screen keeps it). */
  pending: z.string().trim().min(1).max(2000).optional(),
  place: z.string().trim().max(200).optional(),
});

/** What a room door in matchmaking mode shows: today's meetings held against scheduled, and their tables. */
export const doorMeetingsView = z.object({ today: daySchema, scheduled: z.number().int(), held: z.number().int(), places: z.array(z.string()) });

const counts = { scheduled: z.number().int(), held: z.number().int(), noShow: z.number().int(), upcoming: z.number().int(), cancelled: z.number().int() };
const contact = z.object({
  label: z.string(), kind: z.enum(['person', 'organisation']), present: z.boolean(),
  people: z.array(z.object({ name: z.string(), email: z.string(), organisation: z.string(), status: z.string() })),
});
export const meetingsReportView = z.object({
  at: z.string(),
  totals: z.object(counts),
  byOrganisation: z.array(z.object({ organisation: z.string(), ...counts })),
  bySector: z.array(z.object({ sector: z.string(), ...counts })),
  noShows: z.array(z.object({
    id: z.string(), day: z.string(), startsAt: z.string(), endsAt: z.string(), location: z.string(), sectors: z.array(z.string()), a: contact, b: contact,
  })),
});

export const planRequest = z.strictObject({
  day: daySchema,
  arrivals: z.number().int().min(1).max(1_000_000).optional(),
  opening: z.string().regex(/^\d{2}:\d{2}$/).optional(),
  targetSeconds: z.number().min(10).max(7200).optional(),
  serviceSeconds: z.number().min(1).max(3600).nullable().optional(),
  /** Keep these inputs as the day's plan (an event: every desk sees it). */
  save: z.boolean().default(false),
});

const outcome = z.object({ desks: z.number().int(), withinTarget: z.number(), maxQueue: z.number(), queue: z.array(z.number()) });
export const planView = z.object({
  day: z.string(),
  saved: z.object({ savedAt: z.string() }).nullable(),
  inputs: z.object({ arrivals: z.number(), opening: z.string(), targetSeconds: z.number(), percentile: z.number(), serviceSeconds: z.number().nullable() }),
  plan: z.object({
    source: z.string(), firstMinute: z.number().int(), arrivals: z.array(z.number()), serviceSeconds: z.number(), serviceSource: z.string(),
    desks: z.number().int().nullable(), printers: z.number().int().nullable(), withinTarget: z.number(), options: z.array(outcome),
  }),
  actual: z.object({
    arrivals: z.number().int(), firstMinute: z.number().int(), perSlot: z.array(z.number()), desksPerSlot: z.array(z.number().int()),
    serviceSeconds: z.number().nullable(), queue: z.array(z.number()), withinTarget: z.number(),
  }).nullable(),
});
