/**
 * Tells when this desk's consumer has stopped delivering: the stream holds events past the last one
 * this desk applied, and none has been applied for `stallMs`. A consumer can go quiet without any
 * error reaching the desk (its hubs lost their quorum for it, a pull died with a hub that was killed),
 * and nothing else would notice: a desk at the venue would silently miss everyone's check-ins.
 */
export interface StallWatch {
  /** A new consumer started reading from `appliedSeq`: it gets `stallMs` before it is judged. */
  readonly restart: (appliedSeq: number, now: number) => void;
  /** Compares the stream's last sequence with this desk's; true once it has been behind without progress for `stallMs`. */
  readonly stalled: (streamLastSeq: number, appliedSeq: number, now: number) => boolean;
}

export function makeStallWatch(stallMs: number): StallWatch {
  let seenSeq = -1;
  let since = 0;
  return {
    restart: (appliedSeq, now) => {
      seenSeq = appliedSeq;
      since = now;
    },
    stalled: (streamLastSeq, appliedSeq, now) => {
      if (streamLastSeq <= appliedSeq || appliedSeq !== seenSeq) {
        // Up to date, or events arrived since the last look: it is working.
        seenSeq = appliedSeq;
        since = now;
        return false;
      }
      return now - since >= stallMs;
    },
  };
}
