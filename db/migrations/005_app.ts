// Settings of this desk (not of the event): the staff PIN hash, the chosen badge template, kiosk
// options. Plain key → JSON value; written directly, not through the event log, because they are
// local configuration rather than shared event state.
export const version = 5;
export const sql = /* sql */ `
CREATE TABLE app_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
`;
