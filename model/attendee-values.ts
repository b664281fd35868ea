// The attendee's plain values, without zod, so the renderer can use them without bundling the
// schemas. model/attendee.ts checks at compile time that these agree with its schema.

export const CATEGORIES = ['participant', 'speaker', 'organiser', 'press', 'staff', 'vip', 'exhibitor'] as const;
export const STATUSES = ['active', 'cancelled', 'blocked'] as const;

/**
 * Every attendee field. Append only: a person's field clock is stored by position in this list
 * (db/queries/field-clock.ts), so a field inserted in the middle would misread every stored clock.
 */
export const FIELD_NAMES = [
  'firstName', 'familyName', 'displayName', 'organisation', 'jobTitle', 'country', 'email',
  'category', 'days', 'status', 'notes', 'attention', 'shareContact', 'custom',
  'attentionNote', 'publishConsent', 'statusReason', 'validFrom', 'validUntil', 'checkedInAtSource',
] as const;

/** The fields of a person nobody has filled in yet. */
export const blankFields = (displayName: string) => ({
  firstName: '', familyName: '', displayName, organisation: '', jobTitle: '', country: '', email: '',
  category: 'participant', days: null, status: 'active' as const, notes: '', attention: false, attentionNote: null as string | null, shareContact: false, publishConsent: false,
  statusReason: '', validFrom: null as string | null, validUntil: null as string | null, checkedInAtSource: '',
  custom: {} as Record<string, string>,
});

/** "Ana-Maria Căpitanu" from its parts, or whichever part exists. */
export const composeDisplayName = (first: string, family: string): string => `${first} ${family}`.trim();
