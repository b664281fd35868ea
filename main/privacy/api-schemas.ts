import { z } from 'zod';

// Pure zod (no Node imports): the API contract and the renderer share them.

export const privacyStatusView = z.object({
  /** The database (and its search file) is encrypted at rest. */
  encrypted: z.boolean(),
  retentionUntil: z.string().nullable(),
  /** The retention date is past and the personal data is still there: remind the organiser. */
  overdue: z.boolean(),
  purgedAt: z.string().nullable(),
  /** People on the roster now. */
  people: z.number().int(),
});

export const purgeInput = z.strictObject({ confirm: z.string().max(300) });

export const purgeResultView = z.object({
  purged: z.boolean(),
  at: z.string(),
  people: z.number().int(),
  checkins: z.number().int(),
  files: z.number().int(),
  /** Kept: people checked in over the event's days (from the anonymous statistics). */
  keptCheckins: z.number().int(),
});
