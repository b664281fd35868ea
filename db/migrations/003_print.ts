// The print queue and the per-desk print rules. Both tables are current state written only by
// the reducers of the print.* events, so a job's whole history is in the event log.
export const version = 3;
export const sql = /* sql */ `
CREATE TABLE print_jobs (
  id TEXT PRIMARY KEY,              -- id of the print.queued event
  kind TEXT NOT NULL CHECK (kind IN ('badge', 'sheet', 'test-page')),
  attendee_id TEXT REFERENCES attendees (id),
  template TEXT,                    -- badge template; NULL for the default
  copies INTEGER NOT NULL DEFAULT 1 CHECK (copies BETWEEN 1 AND 99),
  printer TEXT NOT NULL,            -- a spooler queue name, or folder:/path for a PDF folder
  desk TEXT NOT NULL,               -- the desk whose worker prints it
  requested_by TEXT NOT NULL,
  checkin_id TEXT,                  -- the check-in that asked for it, if any
  reprint INTEGER NOT NULL DEFAULT 0 CHECK (reprint >= 0), -- 0 first print, n the n-th reprint
  state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'done', 'failed', 'cancelled')),
  detail TEXT NOT NULL DEFAULT '',  -- what the spooler says now, e.g. 'waiting: printer paused'
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  spooler_job_id TEXT,
  worker TEXT,                      -- host:pid of the process that last sent it (is that sender still alive?)
  next_attempt_at TEXT,             -- a queued job is not tried before this
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  done_at TEXT
) STRICT;
CREATE INDEX print_jobs_desk_state ON print_jobs (desk, state, next_attempt_at);
CREATE INDEX print_jobs_attendee ON print_jobs (attendee_id, kind);

CREATE TABLE desk_print_rules (
  desk TEXT PRIMARY KEY,
  badge_printer TEXT,
  sheet_printer TEXT,
  badge_template TEXT,
  auto_print INTEGER NOT NULL DEFAULT 1 CHECK (auto_print IN (0, 1)),
  updated_key TEXT NOT NULL         -- event key of the last change (last writer wins)
) STRICT;
`;
