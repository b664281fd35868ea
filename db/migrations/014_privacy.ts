// Personal data with a lifecycle: a consent flag for the published participant list, the files
// Foyer wrote that hold personal data (erased by a purge), and the anonymous statistics a purge
// keeps. The event log stays append-only, except while a purge erases its payloads: the triggers
// let that one statement through when privacy_erasing holds a row (only inside the purge's
// transaction, see main/privacy/purge.ts).
export const version = 14;
export const sql = /* sql */ `
ALTER TABLE attendees ADD COLUMN publish_consent INTEGER NOT NULL DEFAULT 0 CHECK (publish_consent IN (0, 1));

CREATE TABLE exported_files (
  path TEXT PRIMARY KEY,            -- absolute path of a file Foyer wrote with personal data
  kind TEXT NOT NULL,               -- checkins, no-shows, participants, audit, badges, sheets
  written_at TEXT NOT NULL
) STRICT;

-- What a purge kept: one row, written by the privacy.purged event on every desk.
CREATE TABLE stats_snapshot (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  event_id TEXT NOT NULL,           -- the privacy.purged event
  purged_at TEXT NOT NULL,
  stats TEXT NOT NULL,              -- JSON: per day counts, by category and country, arrivals, meetings
  -- still to do on this desk: 1 the files, VACUUM and the logs; 2 only emptying the logs; 0 nothing
  cleanup_pending INTEGER NOT NULL DEFAULT 1 CHECK (cleanup_pending IN (0, 1, 2))
) STRICT;

CREATE TABLE privacy_erasing (id INTEGER PRIMARY KEY CHECK (id = 1)) STRICT;

DROP TRIGGER events_no_update;
CREATE TRIGGER events_no_update BEFORE UPDATE ON events WHEN NOT EXISTS (SELECT 1 FROM privacy_erasing)
BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
`;
