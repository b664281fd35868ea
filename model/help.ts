import { z } from 'zod';
import { isoSchema } from './attendee.ts';

/** A call for help raised at a kiosk, as stored and as the desk's screens show it. */
export const helpFlag = z.object({
  id: z.string(),
  station: z.string(),
  message: z.string(),
  raisedAt: isoSchema,
  clearedAt: z.string().nullable(),
});
export type HelpFlag = Readonly<z.infer<typeof helpFlag>>;
