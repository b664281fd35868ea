// The kinds of element a designed badge has, without zod, so the designer's screens can use them
// without bundling the schemas (model/badge-template.ts builds its schema from these lists).

export const TEXT_KINDS = ['name', 'organisation', 'jobTitle', 'country', 'category', 'eventName', 'eventDates', 'text', 'meetings'] as const;
export const ELEMENT_KINDS = [...TEXT_KINDS, 'band', 'qr', 'vcard', 'logo', 'line', 'box'] as const;
export type ElementKind = (typeof ELEMENT_KINDS)[number];
export const NAME_PARTS = ['display', 'first', 'family'] as const;

/** Whether an element of this kind draws text (and so has a font, sizes and lines). */
export const isTextKind = (kind: string): boolean => (TEXT_KINDS as readonly string[]).includes(kind);
