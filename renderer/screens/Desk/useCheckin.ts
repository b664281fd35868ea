import { useCallback, useEffect, useRef, useState } from 'react';
import { call, errorMessage } from '../../api/client.ts';
import { useLive } from '../../api/live.ts';
import type { CheckinOutcome, MethodInput, PrintJobView } from '../../api/methods.ts';
import type { PRINT_SKIP_REASONS } from '../../../main/api/schemas.ts';

export const UNDO_SECONDS = 10;

export type SkipReason = (typeof PRINT_SKIP_REASONS)[number];

/** What became of the badge after a check-in: the banner never leaves it unsaid. */
export type BadgeState =
  | { readonly kind: 'none' }
  | { readonly kind: 'sent'; readonly job: PrintJobView }
  | { readonly kind: 'skipped'; readonly reason: SkipReason }
  | { readonly kind: 'failed'; readonly message: string };

export interface DeskResult {
  readonly outcome: CheckinOutcome;
  /** Increments on every scan so the banner re-announces a repeated result. */
  readonly serial: number;
  readonly undone: boolean;
  readonly badge: BadgeState;
}

/** The answer to a reprint, shown on the card (a reprint is not a check-in). */
export type ReprintNotice = { readonly kind: 'sent'; readonly job: PrintJobView } | { readonly kind: 'failed'; readonly message: string };

type Target = MethodInput<'checkin.scanAndPrint'>;

/** A queued job the spooler refused, or that waits for a retry after an error, did not print. */
const jobProblem = (job: PrintJobView): string | null =>
  job.state === 'failed' || job.state === 'cancelled' || (job.state === 'queued' && job.lastError) ? (job.lastError ?? job.detail) : null;

/** The desk's actions: check in (and print) by code or person, undo within a few seconds, reprint. */
export function useCheckin() {
  const [result, setResult] = useState<DeskResult | null>(null);
  const [reprint, setReprint] = useState<ReprintNotice | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [undoLeft, setUndoLeft] = useState(0);
  const serial = useRef(0);
  const printing = useRef(false);

  useEffect(() => {
    if (undoLeft <= 0) return;
    const timer = setTimeout(() => setUndoLeft((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [undoLeft]);

  // A badge "sent" is watched until the printer takes it: a printer that fails turns the banner into "NOT printed".
  useLive(['print.job'], (u) => {
    if (u.type !== 'print.job') return;
    const problem = jobProblem(u.job);
    setResult((r) => {
      if (!r || r.badge.kind !== 'sent' || r.badge.job.id !== u.job.id) return r;
      return { ...r, badge: problem ? { kind: 'failed', message: problem } : { kind: 'sent', job: u.job } };
    });
    setReprint((n) => (n?.kind === 'sent' && n.job.id === u.job.id ? (problem ? { kind: 'failed', message: problem } : { kind: 'sent', job: u.job }) : n));
  });

  // The banner's check-in undone from the card's history, the dashboard or another desk: say so.
  useLive(['checkin.undone'], (u) => {
    if (u.type !== 'checkin.undone') return;
    setResult((r) => (r && r.outcome.outcome === 'admitted' && r.outcome.checkinId === u.checkin.id ? { ...r, undone: true } : r));
    setUndoLeft((s) => (result?.outcome.outcome === 'admitted' && result.outcome.checkinId === u.checkin.id ? 0 : s));
  });

  const checkIn = useCallback(
    async (target: Target): Promise<CheckinOutcome | null> => {
      setBusy(true);
      setError(null);
      setReprint(null);
      try {
        let badge: BadgeState = { kind: 'none' };
        // The core prints by this desk's rules (auto-print on or off, which printer).
        const combined = await call('checkin.scanAndPrint', target);
        const outcome: CheckinOutcome = combined.checkin;
        const job = combined.print.jobs.find((j) => j.kind === 'badge');
        if (combined.print.status === 'error') badge = { kind: 'failed', message: combined.print.message };
        else if (job) badge = jobProblem(job) ? { kind: 'failed', message: jobProblem(job) ?? '' } : { kind: 'sent', job };
        else if (combined.print.reason) badge = { kind: 'skipped', reason: combined.print.reason };
        serial.current += 1;
        setResult({ outcome, serial: serial.current, undone: false, badge });
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

  /** Prints the badge again; a second click while the first is on its way prints nothing more. */
  const print = useCallback(async (attendeeId: string): Promise<PrintJobView | null> => {
    if (printing.current) return null;
    printing.current = true;
    try {
      const job = await call('print.badge', { attendeeId });
      setReprint({ kind: 'sent', job });
      return job;
    } catch (err) {
      setReprint({ kind: 'failed', message: errorMessage(err) });
      return null;
    } finally {
      printing.current = false;
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
    setReprint(null);
    setUndoLeft(0);
    setError(null);
  }, []);

  return { result, reprint, busy, error, undoLeft, checkIn, print, undo, clear };
}
