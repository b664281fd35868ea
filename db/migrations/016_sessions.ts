// Sessions (programme items), who registered for them and who came in at their room door. Written
// only by the reducers of the session events (main/sessions/events.ts), so they sync like the rest.
export const version = 16;
export const sql = /* sql */ `
CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  room TEXT NOT NULL DEFAULT '',
  starts_at TEXT NOT NULL,          -- UTC instant
  ends_at TEXT NOT NULL,
  day TEXT NOT NULL,                -- the venue's day of the start (YYYY-MM-DD)
  type TEXT NOT NULL DEFAULT '',
  capacity INTEGER CHECK (capacity IS NULL OR capacity > 0),
  access TEXT NOT NULL DEFAULT 'open' CHECK (access IN ('open', 'registered', 'category')),
  categories TEXT NOT NULL DEFAULT '[]', -- JSON array: who may enter a 'category' session
  speakers TEXT NOT NULL DEFAULT '',
  updated_key TEXT NOT NULL         -- event key of the last definition applied (last writer wins)
) STRICT;
CREATE INDEX sessions_title_start ON sessions (title, starts_at);
CREATE INDEX sessions_room_start ON sessions (room, starts_at);

CREATE TABLE session_registrations (
  session_id TEXT NOT NULL,
  attendee_id TEXT NOT NULL REFERENCES attendees (id),
  PRIMARY KEY (session_id, attendee_id)
) STRICT, WITHOUT ROWID;

-- Keyed like the front door's check-ins: "is this person in this session?" is one key range, and
-- two desks cut off from each other that both admit someone keep both rows.
CREATE TABLE session_checkins (
  session_id TEXT NOT NULL,
  attendee_id TEXT NOT NULL REFERENCES attendees (id),
  id TEXT NOT NULL,                 -- id of the event that recorded it
  at TEXT NOT NULL,
  desk TEXT NOT NULL,
  operator TEXT NOT NULL,
  method TEXT NOT NULL,
  code TEXT,
  PRIMARY KEY (session_id, attendee_id, id)
) STRICT, WITHOUT ROWID;
`;
