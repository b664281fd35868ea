// Attempt counters of the self-service kiosk and the staff PIN: each allowed or failed try is a
// row, so a sliding window is a count over a time range, and a restart forgets nothing. Local to
// this desk (never events): another desk's counters say nothing about who is at this kiosk.
export const version = 11;
export const sql = /* sql */ `
CREATE TABLE guard_hits (
  bucket TEXT NOT NULL,             -- what is counted and for whom, e.g. 'search|client:10.0.0.7'
  at INTEGER NOT NULL               -- milliseconds since the epoch
) STRICT;
CREATE INDEX guard_hits_by_bucket ON guard_hits (bucket, at);
`;
