import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, call, errorMessage } from '../../api/client.ts';
import type { CheckinOutcome, MethodInput, PrintJobView } from '../../api/methods.ts';

export const UNDO_SECONDS = 10;

export interface DeskResult {
  readonly outcome: CheckinOutcome;
  /** Increments on every scan so the banner re-announces a repeated result. */
  readonly serial: number;
  readonly undone: boolean;
  readonly printed: PrintJobView | null;
  readonly printError: string | null;
}

type Target = MethodInput<'checkin.scan'>;

const nullIfUnavailable = (err: unknown): null => {
  if (err instanceof ApiError && err.code === 'unavailable') return null;
  throw err;
};

/** The desk's actions: check in (and print) by code or person, undo within a few seconds, reprint. */
export function useCheckin() {
  const [result, setResult] = useState<DeskResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [undoLeft, setUndoLeft] = useState(0);
  const serial = useRef(0);

  useEffect(() => {
    if (undoLeft <= 0) return;
    const timer = setTimeout(() => setUndoLeft((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [undoLeft]);

  const checkIn = useCallback(
    async (target: Target): Promise<CheckinOutcome | null> => {
      setBusy(true);
      setError(null);
      try {
        let outcome: CheckinOutcome;
        let printed: PrintJobView | null = null;
        let printError: string | null = null;
        // The core prints by this desk's rules (auto-print on or off, which printer); a core that
        // cannot print yet still checks in.
        const combined = await call('checkin.scanAndPrint', target).catch(nullIfUnavailable);
        if (combined) {
          outcome = combined.checkin;
          printed = combined.print.jobs.find((j) => j.kind === 'badge') ?? null;
          if (combined.print.status === 'error') printError = combined.print.message;
        } else {
          outcome = await call('checkin.scan', target);
        }
        serial.current += 1;
        setResult({ outcome, serial: serial.current, undone: false, printed, printError });
        setUndoLeft(outcome.outcome === 'admitted' ? UNDO_SECONDS : 0);
        return outcome;
      } catch (err) {
        setError(errorMessage(err));
        return null;
      } finally {
        setBusy(false);
      }
    },
    [],
  );

  const print = useCallback(async (attendeeId: string): Promise<PrintJobView | null> => {
    try {
      const job = await call('print.badge', { attendeeId });
      setResult((r) => (r ? { ...r, printed: job, printError: null } : r));
      return job;
    } catch (err) {
      setError(errorMessage(err));
      return null;
    }
  }, []);

  const undo = useCallback(async () => {
    const outcome = result?.outcome;
    if (outcome?.outcome !== 'admitted') return;
    try {
      await call('checkin.undo', { checkinId: outcome.checkinId });
      setResult((r) => (r ? { ...r, undone: true } : r));
      setUndoLeft(0);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, [result]);

  const clear = useCallback(() => {
    setResult(null);
    setUndoLeft(0);
    setError(null);
  }, []);

  return { result, busy, error, undoLeft, checkIn, print, undo, clear };
}
