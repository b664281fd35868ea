import { type KeyboardEvent, useRef } from 'react';
import { isWedgeBurst } from '../../../model/scan-capture.ts';

export interface CapturedScan {
  readonly code: string;
  readonly gapsMs: readonly number[];
  /** A scanner's burst (keys a few ms apart); false when a person typed it. */
  readonly machine: boolean;
}

/**
 * Times the keys that reach the kiosk's scan field, so a keyboard-wedge scanner's burst can be
 * told from a person typing. Call `onKeyDown` for every key; `finish` when Enter or Tab arrives.
 */
export function useScanCapture(): { onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void; finish: (code: string) => CapturedScan } {
  const stamps = useRef<number[]>([]);
  const last = useRef(0);
  return {
    onKeyDown: (e) => {
      if (e.key.length !== 1) return;
      // A pause longer than any scan starts a new capture (what was typed before is not part of it).
      if (e.timeStamp - last.current > 1000) stamps.current = [];
      last.current = e.timeStamp;
      stamps.current.push(e.timeStamp);
    },
    finish: (code) => {
      const s = stamps.current;
      const gapsMs = s.slice(1).map((t, i) => Math.round((t - (s[i] as number)) * 10) / 10);
      stamps.current = [];
      return { code, gapsMs, machine: isWedgeBurst(code, gapsMs) };
    },
  };
}
