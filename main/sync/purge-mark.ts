// An intentional purge of the stream (hub admin only, e.g. after a GDPR purge) is written in the
// stream's description, so that desks do not take the missing events for a loss and restore them.
const PURGED_BELOW = /foyer:purged-below=(\d+)/;

/** Messages below this sequence were removed on purpose (0: none). */
export const purgedBelowOf = (description: string | undefined): number => Number(PURGED_BELOW.exec(description ?? '')?.[1] ?? 0);

/** The description with the mark set to `keepFromSeq`. */
export const markPurged = (description: string | undefined, keepFromSeq: number): string =>
  `${(description ?? '').replace(PURGED_BELOW, '').trim()} foyer:purged-below=${keepFromSeq}`.trim();
