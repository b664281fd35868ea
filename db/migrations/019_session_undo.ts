// A room-door check-in can be undone (a wrong badge scanned into a full workshop): the row stays,
// marked with the undo that took it back, so attendance, counts and lists skip it and the history
// still shows who undid it, where, when and why. Written only by the session undo's reducer.
export const version = 19;
export const sql = /* sql */ `
ALTER TABLE session_checkins ADD COLUMN undone_at TEXT;
ALTER TABLE session_checkins ADD COLUMN undo_event TEXT;       -- id of the undo event (the earliest undo wins on every desk)
ALTER TABLE session_checkins ADD COLUMN undone_desk TEXT;
ALTER TABLE session_checkins ADD COLUMN undone_operator TEXT;
ALTER TABLE session_checkins ADD COLUMN undo_reason TEXT;
`;
