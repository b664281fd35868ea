// Sync over NATS JetStream: where this desk points, how far it has published and applied, and what
// the running sync service last reported (read by `foyer sync status` and the UI from any process).
export const version = 4;
export const sql = /* sql */ `
CREATE TABLE sync_config (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  servers TEXT NOT NULL,            -- JSON array of nats:// URLs
  desk TEXT NOT NULL,               -- display name of this desk
  token TEXT,                       -- the hub's authorization token (foyer hub prints it)
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE sync_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  node_id TEXT NOT NULL,            -- random, names this database's subject and durable consumer
  published_seq INTEGER NOT NULL DEFAULT 0,      -- events.seq of the last local event the stream acknowledged
  applied_stream_seq INTEGER NOT NULL DEFAULT 0, -- stream sequence of the last message applied here
  stream_created TEXT,              -- identifies the stream incarnation the two cursors refer to
  connected INTEGER NOT NULL DEFAULT 0 CHECK (connected IN (0, 1)),
  server TEXT,                      -- server currently connected to
  offline_since TEXT,
  last_error TEXT,
  last_error_at TEXT,
  heartbeat_at TEXT                 -- written every few seconds while a sync service runs
) STRICT;

-- Remote events that could not be applied (e.g. written by a newer Foyer); retried after each batch.
CREATE TABLE sync_failures (
  stream_seq INTEGER PRIMARY KEY,
  event_id TEXT,
  type TEXT,
  error TEXT NOT NULL,
  raw TEXT NOT NULL,
  at TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 1
) STRICT;
`;
