// Help requests raised at self-service kiosks. They are events like any other change, so a kiosk
// running its own Foyer reaches the staff at every desk through sync.
export const version = 8;
export const sql = /* sql */ `
CREATE TABLE help_requests (
  id TEXT PRIMARY KEY,              -- id of the event that raised it
  station TEXT NOT NULL,
  message TEXT NOT NULL,
  raised_at TEXT NOT NULL,
  cleared_at TEXT,
  cleared_by TEXT
) STRICT;
CREATE INDEX help_requests_recent ON help_requests (raised_at);
`;
