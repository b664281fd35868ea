import { fold } from '../search/fold.ts';
import type { Attendee } from '../../model/attendee.ts';
import { PRETIX_NO_WORDS, PRETIX_YES_WORDS } from './presets-i18n.ts';

// Keywords inside a ticket type that say which kind of badge a person gets; first match wins,
// so "Speaker + Exhibitor" is a speaker. Folded, so "Presă" and "presa" both match.
const CATEGORY_WORDS: readonly [category: string, words: readonly string[]][] = [
  ['speaker', ['speaker', 'keynote', 'panelist', 'panellist', 'presenter', 'vorbitor', 'prelegent', 'referent', 'prelegent', 'moderator']],
  ['organiser', ['organiser', 'organizer', 'organizator', 'organisator', 'organizer', 'host']],
  ['staff', ['staff', 'crew', 'volunteer', 'voluntar', 'wolontariusz', 'helfer', 'personal', 'team']],
  ['press', ['press', 'media', 'journalist', 'jurnalist', 'presa', 'prasa', 'dziennikarz']],
  ['vip', ['vip']],
  ['exhibitor', ['exhibitor', 'expozant', 'wystawca', 'aussteller', 'sponsor', 'booth', 'stand', 'partner']],
];

function categoryOf(ticketType: string): string {
  const words = fold(ticketType).split(/[^a-z0-9]+/);
  for (const [category, keys] of CATEGORY_WORDS) {
    if (keys.some((k) => words.includes(k))) return category;
  }
  return 'participant';
}

// A roster has a handful of ticket types repeated on every row.
const categoryByTicketType = new Map<string, string>();

/** The badge category for a ticket type or category cell; anything unrecognised is a participant. */
export function categoryFor(ticketType: string): string {
  let category = categoryByTicketType.get(ticketType);
  if (category === undefined) {
    if (categoryByTicketType.size > 1_000) categoryByTicketType.clear();
    category = categoryOf(ticketType);
    categoryByTicketType.set(ticketType, category);
  }
  return category;
}

const STATUS_WORDS: Readonly<Record<string, Attendee['status']>> = {
  '': 'active', active: 'active', paid: 'active', attending: 'active', 'checked in': 'active', confirmed: 'active',
  valid: 'active', registered: 'active', approved: 'active', complete: 'active', completed: 'active', yes: 'active',
  'awaiting payment': 'active', pending: 'active', placed: 'active', free: 'active', platit: 'active', confirmat: 'active',
  activ: 'active', oplacone: 'active', bezahlt: 'active',
  cancelled: 'cancelled', canceled: 'cancelled', refunded: 'cancelled', 'not attending': 'cancelled', deleted: 'cancelled',
  void: 'cancelled', expired: 'cancelled', transferred: 'cancelled', anulat: 'cancelled', rambursat: 'cancelled',
  anulowane: 'cancelled', storniert: 'cancelled', annule: 'cancelled', 'partially refunded': 'active',
  blocked: 'blocked', banned: 'blocked', blacklisted: 'blocked', blocat: 'blocked', zablokowany: 'blocked', gesperrt: 'blocked',
};

/** Attendee status for a status cell, or undefined when the word is unknown (reported as a row problem). */
export const statusFor = (cell: string): Attendee['status'] | undefined =>
  STATUS_WORDS[fold(cell).replace(/[^a-z0-9]+/g, ' ').trim()];

const TRUE_WORDS = new Set(['yes', 'y', 'true', '1', 'x', 'da', 'tak', 'ja', 'oui', 'si', 'igen', ...PRETIX_YES_WORDS]);
export const truthy = (cell: string): boolean => TRUE_WORDS.has(fold(cell).trim());

// pretix writes "Yes" in the export's language when a ticket is blocked, and nothing when it is not:
// any word but a no is a block, whatever the language ("Yes", "Ja", "Oui", "Da", "Tak", "Sí", "はい"…).
const NO_WORDS = new Set(['', 'no', 'n', 'false', '0', 'nein', 'non', 'nu', 'nie', 'nej', 'ne', 'nao', 'nee', 'ei', 'nem', '-', ...PRETIX_NO_WORDS]);
export const blockedCell = (cell: string): boolean => !NO_WORDS.has(fold(cell).trim());
