// Which import last said a person was in its file (import_batch) or not (missing_from_source).
// Each is kept from the import event that ranks latest (time, then event id), like the fields'
// clock, so desks that applied two imports in different orders end up agreeing.
export const version = 9;
export const sql = /* sql */ `
ALTER TABLE attendees ADD COLUMN import_batch_key TEXT;
ALTER TABLE attendees ADD COLUMN missing_key TEXT;
`;
