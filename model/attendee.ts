import { z } from 'zod';
import { blankFields, FIELD_NAMES, STATUSES } from './attendee-values.ts';

// The attendee's schemas (no Node imports): the API contract and the core share them; the
// renderer imports only their types, and its values from attendee-values.ts.
export { CATEGORIES, composeDisplayName, FIELD_NAMES, STATUSES } from './attendee-values.ts';
export const daySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day is YYYY-MM-DD');
/** A moment as stored (ISO 8601). */
export const isoSchema = z.string().min(1).max(40);
export const wallTimeSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'a time is YYYY-MM-DDTHH:MM');

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
  /** What staff must know or do when this person arrives (shown with the amber result). */
  attentionNote: z.string().max(4000).nullable(),
  shareContact: z.boolean(),
  /** Agreed to be on the published participant list (optional: events of older desks lack it). */
  publishConsent: z.boolean().optional(),
  custom: z.record(z.string(), z.string()),
  /** Why the status is not active, as the source system says it (e.g. "blocked in pretix"). */
  statusReason: z.string().max(300),
  /** The ticket's validity window, wall-clock time at the venue ("YYYY-MM-DDTHH:MM"); null: no limit. */
  validFrom: wallTimeSchema.nullable(),
  validUntil: wallTimeSchema.nullable(),
  /** A check-in the source system recorded (history from the export, never a check-in at this venue). */
  checkedInAtSource: z.string().max(100),
});
export type AttendeeFields = z.infer<typeof attendeeFieldsSchema>;
export type FieldName = keyof AttendeeFields;
// FIELD_NAMES must name exactly the schema's fields: adding a field to one and not the other fails here.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _fieldNamesMatchSchema: SameKeys<(typeof FIELD_NAMES)[number], FieldName> = true;

/**
 * The fields added after the first release: a whole-person event written by an older desk lacks
 * them. Defaults only here, never in the partial schemas (a patch must not reset what it omits).
 */
export const LATER_FIELD_DEFAULTS = {
  attentionNote: null, statusReason: '', validFrom: null, validUntil: null, checkedInAtSource: '',
} as const satisfies Partial<AttendeeFields>;
export const fullFieldsSchema = attendeeFieldsSchema.extend({
  attentionNote: attendeeFieldsSchema.shape.attentionNote.default(null),
  statusReason: attendeeFieldsSchema.shape.statusReason.default(''),
  validFrom: attendeeFieldsSchema.shape.validFrom.default(null),
  validUntil: attendeeFieldsSchema.shape.validUntil.default(null),
  checkedInAtSource: attendeeFieldsSchema.shape.checkedInAtSource.default(''),
});

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

export const emptyFields: (displayName: string) => AttendeeFields = blankFields;
