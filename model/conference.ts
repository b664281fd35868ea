import { z } from 'zod';
import { daySchema } from './attendee.ts';

// Pure schema (no Node imports), shared with the API contract.
export const conferenceSettingsSchema = z.object({
  name: z.string().min(1).max(200),
  venue: z.string().max(300),
  days: z.array(daySchema).min(1).max(31),
  timeZone: z.string().refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'unknown time zone (use an IANA name such as Europe/Bucharest)'),
  logo: z.string().max(2_000_000).nullable(),
  /** Personal data is to be purged after this day (main/privacy/retention.ts); null or absent: not set. */
  retentionUntil: daySchema.nullable().optional(),
});
export type ConferenceSettings = z.infer<typeof conferenceSettingsSchema>;
