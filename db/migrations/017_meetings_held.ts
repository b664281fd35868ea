// Matchmaking meetings confirmed: a meeting's status from the schedule export, organisations as
// parties (every representative listed), confirmations that a meeting was held, and the
// desk-sizing plans saved for a day. Every table here is written only by reducers behind apply().
export const version = 17;
export const sql = /* sql */ `
ALTER TABLE meetings ADD COLUMN status TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled'));
-- The organisation's name when that side of the meeting is an organisation, '' for a person.
ALTER TABLE meetings ADD COLUMN org_a TEXT NOT NULL DEFAULT '';
ALTER TABLE meetings ADD COLUMN org_b TEXT NOT NULL DEFAULT '';
ALTER TABLE meetings ADD COLUMN sectors TEXT NOT NULL DEFAULT '[]'; -- JSON array of sector tags

-- Who stands for each side: one person, or every representative of an organisation party.
CREATE TABLE meeting_parties (
  meeting_id TEXT NOT NULL,
  side TEXT NOT NULL CHECK (side IN ('A', 'B')),
  attendee_id TEXT NOT NULL REFERENCES attendees (id),
  PRIMARY KEY (meeting_id, side, attendee_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX meeting_parties_attendee ON meeting_parties (attendee_id);
INSERT INTO meeting_parties (meeting_id, side, attendee_id) SELECT id, 'A', party_a FROM meetings;
INSERT INTO meeting_parties (meeting_id, side, attendee_id) SELECT id, 'B', party_b FROM meetings;

-- A meeting is held once it has a confirmation; two desks cut off from each other may both
-- confirm it, and both are kept (the earliest counts), like check-ins.
CREATE TABLE meeting_confirmations (
  id TEXT PRIMARY KEY,              -- id of the event that recorded it
  meeting_id TEXT NOT NULL,
  at TEXT NOT NULL,
  desk TEXT NOT NULL,
  operator TEXT NOT NULL,
  method TEXT NOT NULL CHECK (method IN ('code', 'badges')),
  place TEXT NOT NULL DEFAULT '',
  scanned TEXT NOT NULL DEFAULT '[]' -- attendee ids whose badges confirmed it
) STRICT;
CREATE INDEX meeting_confirmations_meeting ON meeting_confirmations (meeting_id, at);

-- The desk-sizing plan saved for a day (the later save wins, by event time then id).
CREATE TABLE desk_plans (
  day TEXT PRIMARY KEY,
  inputs TEXT NOT NULL,
  saved_at TEXT NOT NULL,
  event_key TEXT NOT NULL
) STRICT;
`;
