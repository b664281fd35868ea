import { z } from 'zod';

/** What a kiosk may show of a person found by name: never enough to list the roster. */
export const kioskMatch = z.object({
  /** Opaque, for this device only, for a few minutes: never an attendee id. */
  ref: z.string(),
  firstName: z.string(),
  familyInitial: z.string(),
});
export type KioskMatch = Readonly<z.infer<typeof kioskMatch>>;
