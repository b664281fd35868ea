// How the kiosk tells a scan from typing (pure: the kiosk screen and the core both use it).
// A keyboard-wedge scanner types a whole code in a burst, a few milliseconds per character; a
// person typing manages 80 ms or more between keys. A camera scan comes from the decoder itself.

/** Characters of a scan arrive less than this apart (the desk uses the same bound). */
export const WEDGE_MAX_GAP_MS = 30;
/** A busy tablet delays a few keys of a burst; none of a scan's keys comes this late. */
const LATE_GAP_MS = 150;
/** Shorter bursts are a fast typist's double letter, not a code. */
export const MIN_CODE_LENGTH = 4;

export type ScanCapture = { readonly via: 'wedge'; readonly gapsMs: readonly number[] } | { readonly via: 'camera' };

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Infinity;
};

/**
 * Whether the keys that typed `code` came from a scanner: most of them fast (a quarter may be
 * delayed by a busy device), none slow. A person's keys are 60 ms apart at the very fastest.
 */
export function isWedgeBurst(code: string, gapsMs: readonly number[]): boolean {
  if (code.length < MIN_CODE_LENGTH || gapsMs.length < code.length - 1) return false;
  if (gapsMs.some((g) => !Number.isFinite(g) || g < 0 || g >= LATE_GAP_MS)) return false;
  const late = gapsMs.filter((g) => g >= WEDGE_MAX_GAP_MS).length;
  return late <= Math.max(1, Math.floor(gapsMs.length / 4)) && median(gapsMs) < WEDGE_MAX_GAP_MS;
}

/** Whether a kiosk accepts this as a physical scan (a code typed by hand is not). */
export function isPhysicalScan(code: string, capture: ScanCapture): boolean {
  return capture.via === 'camera' ? code.trim().length >= MIN_CODE_LENGTH : isWedgeBurst(code.trim(), capture.gapsMs);
}
