import type { Db } from '../../db/open.ts';
import { attendeeIdByCode } from '../../db/queries/attendees.ts';
import { fold } from '../search/fold.ts';

export interface PartyRef {
  readonly email: string;
  readonly code: string;
  readonly name: string;
  readonly organisation: string;
}

/**
 * A person, or an organisation standing as a party: every one of its people in the roster
 * represents it (the ECC 2019 matchmaking was between clusters, not people).
 */
export type PartyMatch =
  | { readonly id: string; readonly organisation?: undefined }
  | { readonly id: string; readonly organisation: string; readonly ids: readonly string[] }
  | { readonly problem: string };

const key = (s: string): string => fold(s).replace(/\s+/g, ' ').trim();

/**
 * Finds the attendee a meeting row means: by ticket code, then e-mail, then name and organisation
 * (accent- and case-free), then name alone when only one person has it.
 */
export function partyMatcher(db: Db): (ref: PartyRef) => PartyMatch {
  const rows = db.prepare('SELECT id, display_name AS name, organisation, email, status FROM attendees').all() as
    { id: string; name: string; organisation: string; email: string; status: string }[];
  const byNameOrg = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  // E-mail addresses compare without case; the roster keeps no index on them (an import would pay for it).
  const byEmail = new Map<string, string[]>();
  const byOrganisation = new Map<string, { name: string; ids: string[] }>();
  const push = (m: Map<string, string[]>, k: string, id: string): void => {
    m.set(k, [...(m.get(k) ?? []), id]);
  };
  for (const r of rows) {
    if (r.email) push(byEmail, r.email.toLowerCase(), r.id);
    if (r.organisation) {
      const org = byOrganisation.get(key(r.organisation)) ?? { name: r.organisation, ids: [] };
      org.ids.push(r.id);
      byOrganisation.set(key(r.organisation), org);
    }
    if (r.status === 'cancelled') continue;
    push(byNameOrg, `${key(r.name)}|${key(r.organisation)}`, r.id);
    push(byName, key(r.name), r.id);
  }
  return (ref) => {
    // Only an organisation named: the organisation is the party.
    if (ref.organisation && !ref.code && !ref.email && !ref.name) {
      const org = byOrganisation.get(key(ref.organisation));
      return org ? { id: org.ids[0] as string, organisation: org.name, ids: org.ids } : { problem: `nobody in the roster is from ${ref.organisation}` };
    }
    if (ref.code) {
      const id = attendeeIdByCode(db, ref.code.trim());
      if (id) return { id };
    }
    if (ref.email) {
      const ids = byEmail.get(ref.email.trim().toLowerCase()) ?? [];
      if (ids.length === 1) return { id: ids[0] as string };
      if (ids.length > 1) return { problem: `${ids.length} people share the e-mail ${ref.email}` };
    }
    if (ref.name) {
      const both = byNameOrg.get(`${key(ref.name)}|${key(ref.organisation)}`) ?? [];
      if (both.length === 1) return { id: both[0] as string };
      const named = byName.get(key(ref.name)) ?? [];
      if (named.length === 1 && !ref.organisation) return { id: named[0] as string };
      if (named.length > 1 || both.length > 1) return { problem: `several people are called ${ref.name}${ref.organisation ? ` at ${ref.organisation}` : ''}` };
    }
    const what = [ref.code && `code ${ref.code}`, ref.email, ref.name && `${ref.name}${ref.organisation ? ` (${ref.organisation})` : ''}`].filter(Boolean).join(', ');
    return { problem: what ? `no attendee matches ${what}` : 'the party is not named' };
  };
}
