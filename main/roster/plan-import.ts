import { randomUUIDv7 } from 'node:crypto';
import type { KnownAttendee } from '../../db/queries/roster-snapshot.ts';
import type { AttendeeFields } from './attendee.ts';
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

/** How many rows of the whole file carry this (lower-cased) e-mail. */
export type EmailCount = (email: string) => number;

export interface Planner {
  /** Plans the next rows of the file, in order; returns those that add or change someone. */
  add(candidates: readonly CandidateRow[]): ImportedRow[];
  /** After the last row: the totals, who is missing, and the rows that could not be matched. */
  finish(): Omit<ImportPlan, 'rows'>;
}

/**
 * Matches each row to a known person (by any ticket code, else by an e-mail that is unique both in
 * the file and in the database, so several tickets bought under one e-mail stay several people),
 * and decides who is added, updated, unchanged or missing. Reads only: the caller applies. Rows may
 * come in batches as the file is read: `emailsInFile` is asked only for an e-mail some known
 * person has, and may then read the rest of the file first.
 */
export function createPlanner(known: ReadonlyMap<string, KnownAttendee>, emailsInFile: EmailCount, markMissing = true): Planner {
  const byCode = new Map<string, string>();
  const byEmail = new Map<string, string[]>();
  for (const a of known.values()) {
    for (const c of a.codes) byCode.set(lower(c), a.id);
    if (a.fields.email) byEmail.set(lower(a.fields.email), [...(byEmail.get(lower(a.fields.email)) ?? []), a.id]);
  }
  const claimedBy = new Map<string, number>();
  const problems: RowProblem[] = [];
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  const planRow = (row: CandidateRow): ImportedRow | undefined => {
    const owners = ownersOf(byCode, row.codes);
    if (owners.length > 1) {
      const names = owners.map((id) => known.get(id)?.fields.displayName).join(' and ');
      problems.push({ line: row.line, message: `its codes are held by different people (${names})` });
      return undefined;
    }
    let id = owners[0];
    if (id === undefined && row.fields.email) {
      const email = lower(row.fields.email);
      const matches = byEmail.get(email) ?? [];
      if (matches.length === 1 && !claimedBy.has(matches[0] as string) && emailsInFile(email) === 1) id = matches[0];
    }
    if (id !== undefined && claimedBy.has(id)) {
      problems.push({ line: row.line, message: `same person as line ${claimedBy.get(id)} (${known.get(id)?.fields.displayName})` });
      return undefined;
    }
    const current = id === undefined ? undefined : known.get(id);
    if (!current) {
      // Time-ordered ids: a large import appends to the id index instead of splitting pages all over it.
      const newId = randomUUIDv7();
      claimedBy.set(newId, row.line);
      added++;
      return { id: newId, codes: row.codes, fields: row.fields };
    }
    claimedBy.set(current.id, row.line);
    if (!changes(current, row)) {
      unchanged++;
      return undefined;
    }
    updated++;
    return { id: current.id, codes: row.codes, fields: row.fields };
  };
  return {
    add: (candidates) => {
      const rows: ImportedRow[] = [];
      for (const row of candidates) {
        const planned = planRow(row);
        if (planned) rows.push(planned);
      }
      return rows;
    },
    finish: () => {
      const missingIds = markMissing
        ? [...known.values()].filter((a) => a.fromImport && !claimedBy.has(a.id)).map((a) => a.id)
        : [];
      return { added, updated, unchanged, missingIds, problems };
    },
  };
}

/** Plans a whole file at once (see createPlanner). */
export function planImport(known: ReadonlyMap<string, KnownAttendee>, candidates: readonly CandidateRow[], markMissing = true): ImportPlan {
  const emails = new Map<string, number>();
  for (const r of candidates) {
    if (r.fields.email) emails.set(lower(r.fields.email), (emails.get(lower(r.fields.email)) ?? 0) + 1);
  }
  const planner = createPlanner(known, (email) => emails.get(email) ?? 0, markMissing);
  const rows = planner.add(candidates);
  return { rows, ...planner.finish() };
}
