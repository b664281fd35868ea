import type { BadgeTemplate } from './badge-template.ts';

// How a category looks on a badge: its band and text colours and its printed label.

const DEFAULT_LABELS: Readonly<Record<string, string>> = {
  participant: 'Participant', speaker: 'Speaker', organiser: 'Organiser', press: 'Press', staff: 'Staff', vip: 'VIP', exhibitor: 'Exhibitor',
};

/** A category's band and text colours; a category without its own takes the participant's. */
export function categoryColours(t: BadgeTemplate, category: string): { band: string; text: string } {
  return (t.colours as Record<string, { band: string; text: string }>)[category] ?? t.colours.participant;
}

export function categoryLabel(t: BadgeTemplate, category: string): string {
  return t.labels[category] ?? DEFAULT_LABELS[category] ?? category.charAt(0).toUpperCase() + category.slice(1);
}
