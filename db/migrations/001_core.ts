// The core schema: the event, its roster, check-ins, meetings and the append-only event log.
// Every current-state table here is written only by the reducers behind apply(event).
export const version = 1;
export const sql = /* sql */ `
CREATE TABLE event (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL,
  venue TEXT NOT NULL DEFAULT '',
  days TEXT NOT NULL,               -- JSON array of YYYY-MM-DD, in the event's time zone
  time_zone TEXT NOT NULL,
  logo TEXT,                        -- data: URL of the logo, if any
  public_key TEXT,                  -- Ed25519 (PEM) for signed badge tokens
  private_key TEXT,
  settings TEXT NOT NULL DEFAULT '{}',
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE attendees (
  rowid INTEGER PRIMARY KEY,        -- local handle for the search indexes
  id TEXT NOT NULL UNIQUE,          -- stable across desks
  first_name TEXT NOT NULL DEFAULT '',
  family_name TEXT NOT NULL DEFAULT '',
  display_name TEXT NOT NULL,
  organisation TEXT NOT NULL DEFAULT '',
  job_title TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  category TEXT NOT NULL DEFAULT 'participant',
  days TEXT,                        -- JSON array of entitled days; NULL means every day
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled', 'blocked')),
  notes TEXT NOT NULL DEFAULT '',
  attention INTEGER NOT NULL DEFAULT 0 CHECK (attention IN (0, 1)),
  share_contact INTEGER NOT NULL DEFAULT 0 CHECK (share_contact IN (0, 1)),
  custom TEXT NOT NULL DEFAULT '{}',
  codes TEXT NOT NULL DEFAULT '[]',  -- JSON array of the person's ticket codes, sorted (for display)
  source TEXT NOT NULL DEFAULT '',
  import_batch TEXT,
  missing_from_source INTEGER NOT NULL DEFAULT 0 CHECK (missing_from_source IN (0, 1)),
  field_clock TEXT NOT NULL DEFAULT '{}', -- per field: which event set it last, and whether a desk did
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX attendees_email ON attendees (email COLLATE NOCASE);

-- Which person a scanned code belongs to; each code belongs to one person.
CREATE TABLE ticket_codes (
  code TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
  attendee_id TEXT NOT NULL REFERENCES attendees (id)
) STRICT, WITHOUT ROWID;

-- Word index (rowid = attendees.rowid) over folded text: name words, and organisation, e-mail and
-- code words; prefix indexes make 1- and 2-letter queries as fast as longer ones.
-- Contentless: only rowids are ever read back, so the text is not stored a second time.
CREATE VIRTUAL TABLE attendee_words USING fts5 (
  names, other, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2', detail = 'column',
  content = '', contentless_delete = 1
);

-- Substring index over the folded text of each attendee (rowid = attendees.rowid).
CREATE VIRTUAL TABLE attendee_fts USING fts5 (folded, tokenize = 'trigram', detail = 'none');

CREATE TABLE import_batches (
  id TEXT PRIMARY KEY,
  at TEXT NOT NULL,
  file_name TEXT NOT NULL,
  preset TEXT NOT NULL,
  rows_total INTEGER NOT NULL,
  added INTEGER NOT NULL,
  updated INTEGER NOT NULL,
  missing INTEGER NOT NULL,
  problems TEXT NOT NULL DEFAULT '[]'
) STRICT;

-- WITHOUT ROWID and one secondary index: a check-in writes as few pages as it can (it is durable
-- before it is acknowledged, so every page written is waited for).
CREATE TABLE checkins (
  id TEXT PRIMARY KEY,              -- id of the event that recorded it
  attendee_id TEXT NOT NULL REFERENCES attendees (id),
  day TEXT NOT NULL,
  at TEXT NOT NULL,
  desk TEXT NOT NULL,
  operator TEXT NOT NULL,
  method TEXT NOT NULL,
  code TEXT,
  undone_at TEXT,
  undone_by TEXT
) STRICT, WITHOUT ROWID;
-- Serves admission (one person on one day) and the day's statistics (everyone on one day).
CREATE INDEX checkins_day_attendee ON checkins (day, attendee_id);

CREATE TABLE meetings (
  id TEXT PRIMARY KEY,
  starts_at TEXT NOT NULL,          -- ISO 8601 UTC
  ends_at TEXT NOT NULL,
  location TEXT NOT NULL DEFAULT '',
  party_a TEXT NOT NULL REFERENCES attendees (id),
  party_b TEXT NOT NULL REFERENCES attendees (id),
  import_batch TEXT,
  CHECK (party_a <> party_b),
  CHECK (ends_at > starts_at)
) STRICT;
CREATE INDEX meetings_party_a ON meetings (party_a, starts_at);
CREATE INDEX meetings_party_b ON meetings (party_b, starts_at);

CREATE TABLE events (
  seq INTEGER PRIMARY KEY,          -- order in which this desk applied it
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  at TEXT NOT NULL,
  desk TEXT NOT NULL,
  operator TEXT NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('local', 'remote')),
  payload TEXT NOT NULL
) STRICT;
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
`;
