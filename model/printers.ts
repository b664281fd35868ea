import { z } from 'zod';

// A printer as the spooler lists it, and a desk's printer rules: the queue, the database and the
// contract share these schemas; the types are read from them (one source).

/** A print queue as the machine's spooler lists it. */
export const printerInfo = z.object({
  name: z.string(),
  isDefault: z.boolean(),
  /** 'idle' | 'printing' | 'paused', as the spooler reports it. */
  state: z.enum(['idle', 'printing', 'paused', 'unknown']),
  acceptingJobs: z.boolean(),
  description: z.string(),
  message: z.string(),
});
export type PrinterInfo = Readonly<z.infer<typeof printerInfo>>;

/** Which printers this desk uses, and whether a check-in prints the badge by itself. */
export const deskPrintRules = z.object({
  desk: z.string(),
  badgePrinter: z.string().nullable(),
  sheetPrinter: z.string().nullable(),
  badgeTemplate: z.string().nullable(),
  autoPrint: z.boolean(),
});
export type DeskPrintRules = Readonly<z.infer<typeof deskPrintRules>>;
