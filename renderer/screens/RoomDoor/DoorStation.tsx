import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CameraScanner } from '../../components/CameraScanner.tsx';
import styles from './RoomDoor.module.css';

/** What a door shows after a scan, whatever the door is for (a session, a matchmaking table). */
export interface DoorResult {
  readonly tone: 'admitted' | 'already' | 'refused';
  readonly title: string;
  readonly name?: string;
  readonly detail: string;
}

/** The scan handler a mode plugs in: a code in, the result to show out (null: nothing to flash, show the waiting state). */
export type ScanHandler = (code: string) => Promise<DoorResult | null>;

/** The words shown while waiting for a scan; 'pending' when half of a two-scan step is done (a meeting's first badge). */
export interface DoorIdle {
  readonly title: string;
  readonly detail: string;
  readonly tone?: 'refused' | 'pending';
  readonly name?: string;
  /** More to read while waiting (the first party's meetings) and what to do about it. */
  readonly body?: ReactNode;
}

interface Props {
  readonly heading: ReactNode;
  /** The big number beside the result (people in the room against capacity, meetings held…). */
  readonly counter: ReactNode;
  /** A notice above the result (the session ended, the next one in this room). */
  readonly notice?: ReactNode;
  /** The words shown while waiting for a scan ("Scan a badge", "Full: no more entries", "Now the other badge"). */
  readonly idle: DoorIdle;
  readonly onScan: ScanHandler;
  /** What the scan field asks for, when the mode reads more than tickets and badges. */
  readonly placeholder?: string;
}

const RESULT_MS = 6000;

/**
 * A room door: one big answer per scan, readable from two metres. The USB scanner types into an
 * input that keeps the focus; a camera can read the badge QR instead.
 */
export function DoorStation({ heading, counter, notice, idle, onScan, placeholder }: Props) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [result, setResult] = useState<(DoorResult & { serial: number }) | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [camera, setCamera] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const serial = useRef(0);

  useEffect(() => {
    if (!result) return;
    const timer = setTimeout(() => setResult(null), RESULT_MS);
    return () => clearTimeout(timer);
  }, [result]);

  // Scans run one after the other: a second badge scanned while the first is still being checked
  // (the two parties of a meeting) waits its turn instead of being dropped.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const run = async (text: string): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const r = await onScan(text);
      serial.current += 1;
      setResult(r && { ...r, serial: serial.current });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
      input.current?.focus();
    }
  };
  const scan = (raw: string): void => {
    const text = raw.trim();
    setCode('');
    if (!text) return;
    queue.current = queue.current.then(() => run(text));
  };

  const shown = result ?? { ...idle, tone: idle.tone ?? 'idle', serial: serial.current };
  const outcome = result ? result.tone : idle.tone === 'pending' ? 'pending' : 'idle';
  return (
    <div className={styles.station}>
      <header className={styles.heading}>{heading}</header>
      {notice}
      <div className={styles.board}>
        <section key={shown.serial} className={styles.result} data-tone={shown.tone} role="status" aria-live="assertive" data-testid="door-result" data-outcome={outcome}>
          <span className={styles.resultIcon} aria-hidden="true">
            {shown.tone === 'admitted' ? '✓' : shown.tone === 'already' ? '!' : shown.tone === 'refused' ? '✕' : shown.tone === 'pending' ? '1' : '⌁'}
          </span>
          <h2 className={styles.resultTitle}>{shown.title}</h2>
          {shown.name && <p className={styles.resultName}>{shown.name}</p>}
          <p className={styles.resultDetail}>{shown.detail}</p>
          {!result && idle.body}
        </section>
        <aside className={styles.counter}>{counter}</aside>
      </div>
      {error && <p className="error-text" role="alert">{error}</p>}
      {/* The field's own value: a scanner's Enter can come before React has rendered its last keys. */}
      <form className={styles.scanRow} onSubmit={(e) => { e.preventDefault(); scan(input.current?.value ?? code); }}>
        <input
          ref={input}
          className={styles.scanInput}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          onBlur={() => setTimeout(() => { if (document.activeElement === document.body) input.current?.focus(); }, 0)}
          placeholder={placeholder ?? t('roomDoor.scanPlaceholder')}
          aria-label={t('roomDoor.scanLabel')}
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          autoFocus
          data-testid="door-input"
        />
        <button type="submit" className="btn btn-primary btn-lg" disabled={!code.trim()} aria-busy={busy}>{t('roomDoor.check')}</button>
        <button type="button" className="btn btn-lg" onClick={() => setCamera((c) => !c)} aria-pressed={camera}>{t('desk.camera')}</button>
      </form>
      {camera && <CameraScanner onCode={(c) => scan(c)} onClose={() => setCamera(false)} />}
    </div>
  );
}
