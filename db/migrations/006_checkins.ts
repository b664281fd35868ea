// Check-ins keyed by (day, attendee_id, id): one B-tree answers "is this person in today?" and holds
// the row, so a durable check-in writes one page fewer than with a separate (day, attendee_id) index.
// A check-in is found by its id through its event (same id, events.id is UNIQUE), which names the
// day and the person. Existing rows are carried over; the old table and its index go.
export const version = 6;
export const sql = /* sql */ `
CREATE TABLE checkins_v6 (
  day TEXT NOT NULL,
  attendee_id TEXT NOT NULL REFERENCES attendees (id),
  id TEXT NOT NULL,                 -- id of the event that recorded it
  at TEXT NOT NULL,
  desk TEXT NOT NULL,
  operator TEXT NOT NULL,
  method TEXT NOT NULL,
  code TEXT,
  undone_at TEXT,
  undone_by TEXT,
  PRIMARY KEY (day, attendee_id, id)
) STRICT, WITHOUT ROWID;
INSERT INTO checkins_v6 (day, attendee_id, id, at, desk, operator, method, code, undone_at, undone_by)
  SELECT day, attendee_id, id, at, desk, operator, method, code, undone_at, undone_by FROM checkins;
DROP TABLE checkins;
ALTER TABLE checkins_v6 RENAME TO checkins;
`;
