/**
 * Decides when a desk believes that the hub lost events. A cluster can answer for a moment with
 * fewer events than it holds (a hub just elected leader that is still catching up), and a desk that
 * took that for a loss would send its whole log to the stream again. A real loss is still there
 * `confirmMs` later, across several looks.
 */
export interface LossGate {
  /** Called on each look with what the stream looks like; true once a loss has looked so for `confirmMs`. */
  readonly believe: (looksLossy: boolean, now: number) => boolean;
  /** A loss is suspected and not believed yet (the desk holds back its publishing meanwhile). */
  readonly suspecting: () => boolean;
}

export function makeLossGate(confirmMs: number): LossGate {
  let since: number | null = null;
  return {
    believe: (looksLossy, now) => {
      if (!looksLossy) {
        since = null;
        return false;
      }
      since ??= now;
      if (now - since < confirmMs) return false;
      since = null; // believed: the caller acts on it now
      return true;
    },
    suspecting: () => since !== null,
  };
}
