import { createHmac, randomBytes } from 'node:crypto';
import type { Db } from '../../db/open.ts';
import { readSetting, writeSetting } from '../../db/queries/app-settings.ts';
import type { StoredAttendee } from '../../db/queries/attendees.ts';
import { fold } from '../search/fold.ts';

// Confirming "this is me" without typing a 40-character address on a touch keyboard: the person
// picks their address among three masked ones. The two decoys are made-up masks shaped like the
// real one (the start of the person's own name, the start of a common domain, the same top-level
// domain), never another attendee's address, and the same at every try, so asking again shows the
// same three and the real one cannot be found by comparing answers or by its odd shape.

export const CHOICES = 3;
const SECRET_KEY = 'kiosk.decoySecret';
/** How domains often begin: mail providers, and words organisations' domains start with. */
const DOMAIN_HEADS = ['gm', 'ou', 'ya', 'ic', 'pr', 'ho', 'we', 'ma', 'in', 'un', 'co', 'cl', 'te', 'gr', 'ne', 'st', 'ce', 'bi'];
const DOTS = '•••••';

/** Shows the first two characters of the local part and of the domain, and the top-level domain. */
export function maskEmail(address: string): string {
  const [local = '', domain = ''] = address.trim().toLowerCase().split('@');
  const labels = domain.split('.');
  const tld = labels.length > 1 ? labels.at(-1) : '';
  const name = labels.length > 1 ? labels.slice(0, -1).join('.') : domain;
  return maskOf(head(local), head(name), tld ?? '');
}

const head = (s: string): string => [...s].slice(0, s.length > 2 ? 2 : 1).join('');
const maskOf = (localHead: string, domainHead: string, tld: string): string => `${localHead}${DOTS}@${domainHead}${DOTS}${tld ? `.${tld}` : ''}`;

function secretOf(db: Db): Buffer {
  const stored = readSetting<string>(db, SECRET_KEY);
  if (stored) return Buffer.from(stored, 'base64');
  const secret = randomBytes(32);
  writeSetting(db, SECRET_KEY, secret.toString('base64'));
  return secret;
}

/** Plausible local parts for a person: how people write their own name in an address. */
function localParts(a: Pick<StoredAttendee, 'firstName' | 'familyName' | 'displayName'>): string[] {
  const words = fold(a.displayName).split(/[^a-z0-9]+/).filter(Boolean);
  const first = fold(a.firstName).replace(/[^a-z0-9]/g, '') || words[0] || 'info';
  const family = fold(a.familyName).replace(/[^a-z0-9]/g, '') || words.at(-1) || first;
  return [`${first}.${family}`, `${first}${family}`, `${first[0]}${family}`, `${family}.${first}`, `${first}_${family[0]}`, `${family}${first[0]}`, first, family];
}

export interface EmailChoices {
  /** Three masked addresses in a fixed order for this person. */
  readonly masks: readonly string[];
  /** Which of them is the address on file. */
  readonly answer: number;
}

/** The three choices for a person with an e-mail on file; the same every time for that person. */
export function emailChoices(db: Db, attendee: StoredAttendee): EmailChoices | null {
  const real = attendee.email.trim().toLowerCase();
  if (!real.includes('@')) return null;
  const secret = secretOf(db);
  const pick = (salt: string, n: number): number => createHmac('sha256', secret).update(`${attendee.id}|${salt}`).digest().readUInt32BE(0) % n;
  const realMask = maskEmail(real);
  const labels = (real.split('@')[1] ?? '').split('.');
  const tld = labels.length > 1 ? (labels.at(-1) ?? '') : '';
  const locals = [...new Set(localParts(attendee).map(head))];
  const domains = DOMAIN_HEADS.filter((d) => d !== head(labels[0] ?? ''));
  const masks = [realMask];
  for (let i = 0; masks.length < CHOICES && i < 200; i++) {
    const candidate = maskOf(locals[pick(`local${i}`, locals.length)] as string, domains[pick(`domain${i}`, domains.length)] as string, tld);
    if (!masks.includes(candidate)) masks.push(candidate);
  }
  // A stable order for this person, unrelated to which one is real.
  const order = masks.map((m) => createHmac('sha256', secret).update(`${attendee.id}|order|${m}`).digest('hex'));
  const sorted = masks.map((m, i) => ({ m, key: order[i] as string })).sort((x, y) => x.key.localeCompare(y.key)).map((x) => x.m);
  return { masks: sorted, answer: sorted.indexOf(realMask) };
}

/** The part before @, compared without case or surrounding spaces. */
export function localPartMatches(attendee: StoredAttendee, typed: string): boolean {
  const local = attendee.email.trim().toLowerCase().split('@')[0] ?? '';
  return local !== '' && typed.trim().toLowerCase().replace(/@.*$/, '') === local;
}
