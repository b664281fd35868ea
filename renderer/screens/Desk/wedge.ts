// A USB or Bluetooth scanner is a keyboard ("keyboard wedge"): it types the whole code a few
// milliseconds per key and ends it with Enter or Tab. A person types 80-250 ms per key. The timing
// alone tells a scan from typing, whichever element has the focus.

import { MIN_CODE_LENGTH, WEDGE_MAX_GAP_MS } from '../../../model/scan-capture.ts';

// The same bounds as the kiosk's check (model/scan-capture.ts). The desk reads keys as they come, so
// a pause longer than the gap starts a new burst; the kiosk judges a whole burst afterwards.
const SCAN_GAP_MS = WEDGE_MAX_GAP_MS;
const SCAN_MIN_LENGTH = MIN_CODE_LENGTH;

export interface Scan {
  /** The code the scanner typed. */
  readonly code: string;
}

/**
 * Collects the current burst of characters. Pure and allocation-light: it runs on every keystroke
 * of the desk, so it only compares two numbers and appends to a string.
 */
export class WedgeBurst {
  #text = '';
  #last = -Infinity;

  /** A printable character typed at `at` (KeyboardEvent.timeStamp). */
  key(ch: string, at: number): void {
    if (at - this.#last >= SCAN_GAP_MS) this.#text = '';
    this.#text += ch;
    this.#last = at;
  }

  /** Any other key (Backspace, arrows…) ends the burst: a scanner sends none of them mid-code. */
  reset(): void {
    this.#text = '';
    this.#last = -Infinity;
  }

  /** Whether a burst is going on at `at` (its last key came less than SCAN_GAP_MS ago). */
  active(at: number): boolean {
    return this.#text.length > 0 && at - this.#last < SCAN_GAP_MS;
  }

  /** Enter or Tab at `at`: the scan it ends, if the keys before it were a scanner's; the burst is cleared either way. */
  end(at: number): Scan | null {
    const scan = this.#text.length >= SCAN_MIN_LENGTH && at - this.#last < SCAN_GAP_MS ? { code: this.#text } : null;
    this.reset();
    return scan;
  }
}

/** What the operator had typed before a scan came into the same box: the box's text without the scan. */
export function typedBefore(value: string, code: string): string {
  if (value.endsWith(code)) return value.slice(0, value.length - code.length);
  const at = value.lastIndexOf(code);
  return at >= 0 ? value.slice(0, at) + value.slice(at + code.length) : value;
}
