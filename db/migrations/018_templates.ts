// Badge templates made in the designer, the images and fonts they use, and which template each
// desk prints for each category. All are written by events, so they reach every desk by sync.
export const version = 18;
export const sql = /* sql */ `
CREATE TABLE badge_templates (
  name TEXT PRIMARY KEY,            -- the template's name is its id
  body TEXT NOT NULL,               -- the template JSON, valid against the zod schema
  saved_at TEXT NOT NULL,
  saved_by TEXT NOT NULL,
  event_key TEXT NOT NULL           -- at|id of the event that wrote it: the later save wins
) STRICT;

-- An image or font arrives in chunks (each event stays under the sync server's message limit)
-- and is assembled once every chunk is there.
CREATE TABLE template_asset_chunks (
  asset_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (asset_id, idx)
) STRICT;

CREATE TABLE template_assets (
  id TEXT PRIMARY KEY,              -- sha256 hex of the bytes
  kind TEXT NOT NULL CHECK (kind IN ('image', 'font')),
  mime TEXT NOT NULL,
  name TEXT NOT NULL,
  licence TEXT NOT NULL DEFAULT '',
  chunks INTEGER NOT NULL,
  bytes BLOB,                       -- NULL until every chunk arrived
  added_at TEXT NOT NULL
) STRICT;

CREATE TABLE desk_category_templates (
  desk TEXT NOT NULL,
  category TEXT NOT NULL,
  template TEXT NOT NULL,
  event_key TEXT NOT NULL,
  PRIMARY KEY (desk, category)
) STRICT;
`;
