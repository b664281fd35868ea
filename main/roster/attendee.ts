import { z } from 'zod';

// Pure types and schemas (no Node imports): the API contract and the renderer share them.
export const CATEGORIES = ['participant', 'speaker', 'organiser', 'press', 'staff', 'vip', 'exhibitor'] as const;
export const STATUSES = ['active', 'cancelled', 'blocked'] as const;
export const daySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day is YYYY-MM-DD');

export const attendeeFieldsSchema = z.object({
  firstName: z.string().max(200),
  familyName: z.string().max(200),
  displayName: z.string().min(1).max(300),
  organisation: z.string().max(300),
  jobTitle: z.string().max(300),
  country: z.string().max(100),
  email: z.string().max(320),
  category: z.string().min(1).max(60),
  days: z.array(daySchema).nullable(),
  status: z.enum(STATUSES),
  notes: z.string().max(4000),
  attention: z.boolean(),
  shareContact: z.boolean(),
  /** Agreed to be on the published participant list (optional: events of older desks lack it). */
  publishConsent: z.boolean().optional(),
  custom: z.record(z.string(), z.string()),
});
export type AttendeeFields = z.infer<typeof attendeeFieldsSchema>;
export type FieldName = keyof AttendeeFields;
export const FIELD_NAMES = Object.keys(attendeeFieldsSchema.shape) as FieldName[];

export const attendeeSchema = attendeeFieldsSchema.extend({
  id: z.string(),
  codes: z.array(z.string()),
  source: z.string(),
  importBatch: z.string().nullable(),
  missingFromSource: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Attendee = z.infer<typeof attendeeSchema>;

export const emptyFields = (displayName: string): AttendeeFields => ({
  firstName: '', familyName: '', displayName, organisation: '', jobTitle: '', country: '', email: '',
  category: 'participant', days: null, status: 'active', notes: '', attention: false, shareContact: false, publishConsent: false, custom: {},
});

/** "Ana-Maria Căpitanu" from its parts, or whichever part exists. */
export const composeDisplayName = (first: string, family: string): string => `${first} ${family}`.trim();
