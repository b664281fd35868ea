// The door's decisions (issue 15). A person flagged for attention carries the note staff read at
// the desk. Staff decisions at the door (attention confirmed, a refusal overridden, a check-in
// undone with a reason) are current state of their own events, so the card's history and the
// dashboard read them without scanning the log. Badges printed ahead of the event in a batch
// (`foyer badges`) are remembered so that the first check-in does not print a second one.
// The attention note itself (attendees.attention_note) is added by migration 13.
export const version = 15;
export const sql = /* sql */ `
CREATE TABLE desk_decisions (
  id TEXT PRIMARY KEY,              -- id of the event that recorded it
  kind TEXT NOT NULL CHECK (kind IN ('attention-confirmed', 'override', 'undo')),
  attendee_id TEXT NOT NULL REFERENCES attendees (id),
  day TEXT NOT NULL,
  checkin_id TEXT,                  -- the check-in it admitted or undid
  reason TEXT NOT NULL DEFAULT '', -- staff's words (override, undo) or the attention note read
  refusal TEXT,                     -- an override: the rule it overrode (cancelled, blocked, …)
  at TEXT NOT NULL,
  desk TEXT NOT NULL,
  operator TEXT NOT NULL
) STRICT;
CREATE INDEX desk_decisions_attendee ON desk_decisions (attendee_id, at);
CREATE INDEX desk_decisions_day ON desk_decisions (day, kind);

CREATE TABLE preprinted_badges (
  attendee_id TEXT PRIMARY KEY REFERENCES attendees (id),
  batch TEXT NOT NULL,              -- id of the badges.preprinted event
  at TEXT NOT NULL,
  desk TEXT NOT NULL,
  operator TEXT NOT NULL
) STRICT;
`;
