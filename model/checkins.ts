import { z } from 'zod';
import { daySchema, isoSchema } from './attendee.ts';

// A check-in row as the database stores it and the contract shows it, and a double admission
// (desks that were apart admitted one person twice): one schema each, the types read from them.

export const checkinView = z.object({
  id: z.string(),
  attendeeId: z.string(),
  day: daySchema,
  at: isoSchema,
  desk: z.string(),
  operator: z.string(),
  method: z.string(),
  code: z.string().nullable(),
  undoneAt: z.string().nullable(),
  undoneBy: z.string().nullable(),
});
export type CheckinView = z.infer<typeof checkinView>;

/** A person with more than one check-in that counts on one day (desks that were apart). */
export const doubleAdmission = z.object({
  attendeeId: z.string(),
  displayName: z.string(),
  day: daySchema,
  /** Earliest (the one that counts) first. */
  checkins: z.array(checkinView),
});
export type DoubleAdmission = Readonly<Omit<z.infer<typeof doubleAdmission>, 'checkins'>> & { readonly checkins: readonly Readonly<CheckinView>[] };
