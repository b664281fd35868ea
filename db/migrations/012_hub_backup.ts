// Every desk is a backup of the hub: a desk remembers enough about the stream to notice when the hub
// lost events it had (purged, recreated empty, or rolled back), and re-publishes its whole log then.
export const version = 12;
export const sql = /* sql */ `
ALTER TABLE sync_state ADD COLUMN published_stream_seq INTEGER NOT NULL DEFAULT 0; -- stream sequence of this desk's last acknowledged publish
ALTER TABLE sync_state ADD COLUMN stream_first_seq INTEGER NOT NULL DEFAULT 0;     -- the stream's first sequence when last looked at
ALTER TABLE sync_state ADD COLUMN restore_seq INTEGER;        -- events.seq re-published so far while restoring the hub (NULL: not restoring)
ALTER TABLE sync_state ADD COLUMN restore_until INTEGER;      -- events.seq the restore goes up to
ALTER TABLE sync_state ADD COLUMN restore_tag TEXT;           -- names the loss being restored, in the restore's message ids
ALTER TABLE sync_state ADD COLUMN hub_state TEXT;             -- what the service last saw of the hub: ok, no-stream, empty, restoring
`;
