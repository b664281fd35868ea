// When two desks import updated exports at the same time, the later import must decide whether a
// person is missing from the latest file, whatever order each desk applied the two in. Imports
// are ranked by the earliest event that carried them (time, then event id): the same on every
// desk. missing_from_source records which batch set it (NULL: import_batch did).
export const version = 9;
export const sql = /* sql */ `
CREATE TABLE import_order (
  batch_id TEXT PRIMARY KEY,
  rank_key TEXT NOT NULL
) STRICT, WITHOUT ROWID;
ALTER TABLE attendees ADD COLUMN missing_decided_by TEXT;
`;
