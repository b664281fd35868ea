import { randomUUIDv7 } from 'node:crypto';
import type { KnownAttendee } from '../../db/queries/roster-snapshot.ts';
import type { AttendeeFields } from '../../model/attendee.ts';
import { mergeFields } from './merge-fields.ts';
import type { CandidateRow, RowProblem } from './validate-rows.ts';

/** One row of an `attendees.imported` event. */
export interface ImportedRow {
  readonly id: string;
  readonly codes: readonly string[];
  readonly fields: Partial<AttendeeFields>;
}

export interface ImportPlan {
  /** Rows that add or change someone (unchanged people need no event). */
  readonly rows: ImportedRow[];
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Imported earlier, absent from this file: marked missing_from_source, never deleted. */
  readonly missingIds: string[];
  readonly problems: RowProblem[];
}

const lower = (s: string): string => s.toLowerCase();

/** A key later than any event's, to ask mergeFields what an import would change now. */
const NOW_KEY = '\uffff';

function changes(current: KnownAttendee, row: CandidateRow): boolean {
  if (current.missingFromSource) return true;
  const known = new Set(current.codes.map(lower));
  if (row.codes.some((c) => !known.has(lower(c)))) return true;
  const { fields } = mergeFields({ ...current, ...current.fields } as never, row.fields, NOW_KEY, false);
  return JSON.stringify(fields) !== JSON.stringify(current.fields);
}

/** The distinct people already holding any of these codes. */
function ownersOf(byCode: ReadonlyMap<string, string>, codes: readonly string[]): string[] {
  const owners: string[] = [];
  for (const code of codes) {
    const owner = byCode.get(lower(code));
    if (owner !== undefined && !owners.includes(owner)) owners.push(owner);
  }
  return owners;
}

/**
 * Matches each row to a known person (by any ticket code, else by an e-mail that is unique both in
 * the file and in the database, so several tickets bought under one e-mail stay several people),
 * and decides who is added, updated, unchanged or missing. Reads only: the caller applies.
 */
export function planImport(known: ReadonlyMap<string, KnownAttendee>, candidates: readonly CandidateRow[], markMissing = true): ImportPlan {
  const byCode = new Map<string, string>();
  const byEmail = new Map<string, string[]>();
  for (const a of known.values()) {
    for (const c of a.codes) byCode.set(lower(c), a.id);
    if (a.fields.email) byEmail.set(lower(a.fields.email), [...(byEmail.get(lower(a.fields.email)) ?? []), a.id]);
  }
  const emailsInFile = new Map<string, number>();
  for (const r of candidates) {
    if (r.fields.email) emailsInFile.set(lower(r.fields.email), (emailsInFile.get(lower(r.fields.email)) ?? 0) + 1);
  }
  const claimedBy = new Map<string, number>();
  const rows: ImportedRow[] = [];
  const problems: RowProblem[] = [];
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const row of candidates) {
    const owners = ownersOf(byCode, row.codes);
    if (owners.length > 1) {
      const names = owners.map((id) => known.get(id)?.fields.displayName).join(' and ');
      problems.push({ line: row.line, message: `its codes are held by different people (${names})` });
      continue;
    }
    let id = owners[0];
    if (id === undefined && row.fields.email) {
      const email = lower(row.fields.email);
      const matches = byEmail.get(email) ?? [];
      if (matches.length === 1 && emailsInFile.get(email) === 1 && !claimedBy.has(matches[0] as string)) id = matches[0];
    }
    if (id !== undefined && claimedBy.has(id)) {
      problems.push({ line: row.line, message: `same person as line ${claimedBy.get(id)} (${known.get(id)?.fields.displayName})` });
      continue;
    }
    const current = id === undefined ? undefined : known.get(id);
    if (!current) {
      // Time-ordered ids: a large import appends to the id index instead of splitting pages all over it.
      const newId = randomUUIDv7();
      rows.push({ id: newId, codes: row.codes, fields: row.fields });
      claimedBy.set(newId, row.line);
      added++;
      continue;
    }
    claimedBy.set(current.id, row.line);
    if (changes(current, row)) {
      rows.push({ id: current.id, codes: row.codes, fields: row.fields });
      updated++;
    } else {
      unchanged++;
    }
  }
  const missingIds = markMissing
    ? [...known.values()].filter((a) => a.fromImport && !claimedBy.has(a.id)).map((a) => a.id)
    : [];
  return { rows, added, updated, unchanged, missingIds, problems };
}
