// What source systems say about admission beyond active/cancelled: a pretix ticket's block and
// validity window (wall-clock time at the venue), the reason a status is not active, the note
// staff read before admitting someone flagged for attention, and a check-in the source system
// recorded (history, never a check-in here).
export const version = 13;
export const sql = /* sql */ `
ALTER TABLE attendees ADD COLUMN attention_note TEXT; -- null: no note
ALTER TABLE attendees ADD COLUMN status_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE attendees ADD COLUMN valid_from TEXT;
ALTER TABLE attendees ADD COLUMN valid_until TEXT;
ALTER TABLE attendees ADD COLUMN checked_in_at_source TEXT NOT NULL DEFAULT '';
`;
