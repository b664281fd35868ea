import { z } from 'zod';
import type { Db } from '../../db/open.ts';
import { addCodes, getAttendee, sortedCodes, writeAttendee } from '../../db/queries/attendees.ts';
import { markMissingFromSource, rankBatch } from '../../db/queries/import-order.ts';
import { recordImportBatch } from '../../db/queries/import-batches.ts';
import { claimCodes, existingIds, insertNewAttendees, setCodes } from '../../db/queries/attendees-bulk.ts';
import { eventKey, type EventEnvelope } from '../events/envelope.ts';
import { defineReducer, type Reducer } from '../events/reducer.ts';
import { indexedFields } from '../search/index-entry.ts';
import { indexPeople } from '../search/index-people.ts';
import { attendeeFieldsSchema, fullFieldsSchema } from '../../model/attendee.ts';
import { placementAfter } from './import-placement.ts';
import { mergeFields } from './merge-fields.ts';

const code = z.string().min(1).max(200);
const importedRow = z.object({ id: z.string().min(1), codes: z.array(code), fields: attendeeFieldsSchema.partial() });

export const attendeesImported = z.object({ batchId: z.string(), rows: z.array(importedRow) });
export const importCompleted = z.object({
  batchId: z.string(),
  fileName: z.string(),
  preset: z.string(),
  rowsTotal: z.number().int(),
  added: z.number().int(),
  updated: z.number().int(),
  missingIds: z.array(z.string()),
  /** Everyone missing from the file, when some were sent ahead in `import.missing` events (optional: older desks omit it). */
  missingCount: z.number().int().optional(),
  problems: z.array(z.object({ line: z.number().int(), message: z.string() })),
});
export const attendeeAdded = z.object({
  id: z.string().min(1),
  codes: z.array(code),
  fields: fullFieldsSchema,
  source: z.string(),
});
export const attendeeEdited = z.object({
  attendeeId: z.string(),
  patch: attendeeFieldsSchema.partial(),
  addCodes: z.array(code).optional(),
});

interface Upsert {
  readonly id: string;
  readonly codes: readonly string[];
  readonly fields: z.infer<typeof importedRow>['fields'];
  readonly byDesk: boolean;
  readonly source?: string;
  readonly batchId?: string;
}

/** Merges one attendee's fields and codes, then refreshes the search index. */
function upsertAttendee(db: Db, event: EventEnvelope, u: Upsert): void {
  const current = getAttendee(db, u.id);
  const { fields, clock } = mergeFields(current, u.fields, eventKey(event), u.byDesk);
  const rowid = writeAttendee(db, {
    id: u.id,
    fields,
    source: current?.source || u.source || '',
    ...placementAfter(db, current, u.batchId),
    fieldClock: clock,
    at: event.at,
  });
  const codes = addCodes(db, u.id, u.codes);
  indexPeople(db, [{ rowid, fields: indexedFields(fields), codes, isNew: current === undefined }]);
}

/**
 * Applies one import chunk. People new to this desk (the bulk of a first import) are written table
 * by table with plain inserts; people already known are merged one by one, field clock by field clock.
 * A person twice in one chunk also goes one by one, so the later row wins as it would in order.
 */
function upsertImported(db: Db, event: EventEnvelope<z.infer<typeof attendeesImported>>): void {
  const { batchId, rows } = event.payload;
  rankBatch(db, batchId, eventKey(event));
  const ids = rows.map((r) => r.id);
  const known = existingIds(db, ids);
  const repeated = ids.length !== new Set(ids).size;
  const fresh = repeated ? [] : rows.filter((r) => !known.has(r.id));
  const merged = repeated ? rows : rows.filter((r) => known.has(r.id));
  if (fresh.length > 0) insertFresh(db, event, fresh, batchId);
  for (const row of merged) upsertAttendee(db, event, { ...row, byDesk: false, source: 'import', batchId });
}

function insertFresh(db: Db, event: EventEnvelope, rows: readonly z.infer<typeof importedRow>[], batchId: string): void {
  const key = eventKey(event);
  const writes = rows.map((row) => {
    const { fields, clock } = mergeFields(undefined, row.fields, key, false);
    return { id: row.id, fields, fieldClock: clock };
  });
  // Written with every code they bring, then corrected for the rare code somebody already holds.
  const brought = rows.map((r) => sortedCodes(r.codes));
  const rowids = insertNewAttendees(db, { source: 'import', importBatch: batchId, at: event.at }, writes, brought);
  const codes = claimCodes(db, rows);
  codes.forEach((taken, i) => {
    if (taken.length !== brought[i]?.length) setCodes(db, rowids[i] as number, taken);
  });
  indexPeople(
    db,
    writes.map((w, i) => ({ rowid: rowids[i] as number, fields: indexedFields(w.fields), codes: codes[i] ?? [], isNew: true })),
  );
}

export const rosterReducers: Record<string, Reducer> = {
  'attendees.imported': defineReducer(attendeesImported, (db, e) => upsertImported(db, e)),
  'import.completed': defineReducer(importCompleted, (db, e) => {
    rankBatch(db, e.payload.batchId, eventKey(e));
    markMissingFromSource(db, e.payload.missingIds, e.payload.batchId);
    recordImportBatch(db, { ...e.payload, at: e.at, missing: e.payload.missingCount ?? e.payload.missingIds.length });
  }),
  'attendee.added': defineReducer(attendeeAdded, (db, e) => {
    upsertAttendee(db, e, { ...e.payload, byDesk: true });
  }),
  'attendee.edited': defineReducer(attendeeEdited, (db, e) => {
    if (!getAttendee(db, e.payload.attendeeId)) throw new Error(`No attendee ${e.payload.attendeeId}`);
    upsertAttendee(db, e, { id: e.payload.attendeeId, codes: e.payload.addCodes ?? [], fields: e.payload.patch, byDesk: true });
  }),
};
