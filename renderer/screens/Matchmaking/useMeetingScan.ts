import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../api/client.ts';
import type { MethodOutput } from '../../api/methods.ts';

export type MeetingScanOutcome = MethodOutput<'meetings.scan'>;
export type FirstParty = Extract<MeetingScanOutcome, { kind: 'first' }>;
/** What a scan ends in: held, already held, or refused. */
export type SettledScan = Exclude<MeetingScanOutcome, { kind: 'first' }>;
export interface PendingParty {
  readonly code: string;
  readonly outcome: FirstParty;
}

/** A first badge waits this long for the other party's; after that a stranger's badge is not paired with it. */
export const PENDING_MS = 60_000;

/**
 * Scanning at a matchmaking desk, table or room door: a meeting code confirms its meeting; a badge
 * is the first party, kept until the second is scanned, "start again", or a minute has passed.
 */
export function useMeetingScan(place: string) {
  const [pending, setPending] = useState<PendingParty | null>(null);
  // A scanner can send the second badge before React has rendered the first: read the latest here.
  const latest = useRef<PendingParty | null>(null);
  const hold = useCallback((next: PendingParty | null) => {
    latest.current = next;
    setPending(next);
  }, []);

  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => hold(null), PENDING_MS);
    return () => clearTimeout(timer);
  }, [pending, hold]);

  const scan = useCallback(async (code: string): Promise<MeetingScanOutcome> => {
    const first = latest.current;
    const where = place.trim();
    const outcome = await call('meetings.scan', { code, ...(first ? { pending: first.code } : {}), ...(where ? { place: where } : {}) });
    hold(outcome.kind === 'first' ? { code, outcome } : null);
    return outcome;
  }, [place, hold]);

  const cancel = useCallback(() => hold(null), [hold]);
  return { pending, scan, cancel };
}
