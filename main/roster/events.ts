import { z } from 'zod';
import type { Db } from '../../db/open.ts';
import { addCodes, getAttendee, setMissingFromSource, writeAttendee } from '../../db/queries/attendees.ts';
import { recordImportBatch } from '../../db/queries/import-batches.ts';
import { indexAttendee } from '../../db/queries/search-index.ts';
import { eventKey, type EventEnvelope } from '../events/envelope.ts';
import { defineReducer, type Reducer } from '../events/reducer.ts';
import { indexEntryFor } from '../search/index-entry.ts';
import { type AttendeeFields, attendeeFieldsSchema } from './attendee.ts';
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
  fields: attendeeFieldsSchema,
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

interface Written {
  readonly id: string;
  readonly rowid: number;
  readonly fields: AttendeeFields;
  /** Codes before this event and those it adds, for the search index. */
  readonly codes: readonly string[];
  readonly isNew: boolean;
}

/** Merges one attendee's fields into the attendees table (codes and index are the caller's next steps). */
function writeMerged(db: Db, event: EventEnvelope, u: Upsert): Written {
  const current = getAttendee(db, u.id);
  const { fields, clock } = mergeFields(current, u.fields, eventKey(event), u.byDesk);
  const rowid = writeAttendee(db, {
    id: u.id,
    fields,
    source: current?.source || u.source || '',
    importBatch: u.batchId ?? current?.importBatch ?? null,
    missingFromSource: u.batchId ? false : (current?.missingFromSource ?? false),
    fieldClock: clock,
    at: event.at,
  });
  return { id: u.id, rowid, fields, codes: [...new Set([...(current?.codes ?? []), ...u.codes])], isNew: current === undefined };
}

/** Merges one attendee's fields and codes, then refreshes the search index. */
function upsertAttendee(db: Db, event: EventEnvelope, u: Upsert): void {
  const w = writeMerged(db, event, u);
  addCodes(db, u.id, u.codes);
  indexAttendee(db, w.rowid, indexEntryFor(w.fields, w.codes), w.isNew);
}

/**
 * The same result as upsertAttendee row by row, done table by table: all attendee rows, then all
 * codes, then the search index. Interleaving the tables per person made a 100,000-row import
 * about twice as slow (each table's pages kept being evicted by the others').
 */
function upsertImported(db: Db, event: EventEnvelope<z.infer<typeof attendeesImported>>): void {
  const { batchId, rows } = event.payload;
  const written = new Map<string, Written>();
  for (const row of rows) {
    const w = writeMerged(db, event, { ...row, byDesk: false, source: 'import', batchId });
    const earlier = written.get(row.id);
    // The same person twice in one event: index the last fields with every code of both rows.
    written.set(row.id, earlier ? { ...w, codes: [...new Set([...earlier.codes, ...w.codes])], isNew: earlier.isNew } : w);
  }
  for (const row of rows) addCodes(db, row.id, row.codes);
  for (const w of written.values()) indexAttendee(db, w.rowid, indexEntryFor(w.fields, w.codes), w.isNew);
}

export const rosterReducers: Record<string, Reducer> = {
  'attendees.imported': defineReducer(attendeesImported, (db, e) => upsertImported(db, e)),
  'import.completed': defineReducer(importCompleted, (db, e) => {
    setMissingFromSource(db, e.payload.missingIds, true);
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
