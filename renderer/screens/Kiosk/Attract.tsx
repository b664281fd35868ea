import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CapturedScan, useScanCapture } from './useScanCapture.ts';
import styles from './Kiosk.module.css';

/**
 * The resting screen. A scanner types into the (invisible, always focused) field and ends with
 * Enter; the keys are timed, and a code typed by hand is turned away here (the core refuses it too).
 */
export function Attract({ onScan, onTypeName, error }: { onScan: (scan: CapturedScan) => void; onTypeName: () => void; error: string | null }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [typed, setTyped] = useState(false);
  const [submits, setSubmits] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const capture = useScanCapture();
  useEffect(() => {
    const keep = (): void => {
      if (document.activeElement === document.body) input.current?.focus();
    };
    const timer = setInterval(keep, 500);
    return () => clearInterval(timer);
  }, []);
  const problem = typed ? t('kiosk.scanOnly') : error;
  return (
    <div className={styles.attract}>
      <svg viewBox="0 0 120 120" className={styles.attractIcon} aria-hidden="true">
        <rect x="10" y="10" width="100" height="100" rx="18" fill="none" stroke="currentColor" strokeWidth="6" />
        <rect x="28" y="28" width="24" height="24" rx="3" fill="currentColor" />
        <rect x="68" y="28" width="24" height="24" rx="3" fill="currentColor" />
        <rect x="28" y="68" width="24" height="24" rx="3" fill="currentColor" />
        <path d="M68 68h10v10H68zM82 82h10v10H82zM68 86h6v6h-6zM86 68h6v6h-6z" fill="currentColor" />
      </svg>
      <h1 className={styles.attractTitle}>{t('kiosk.attract')}</h1>
      <p className={styles.attractSub}>{t('kiosk.attractSub')}</p>
      <form
        data-testid="kiosk-scan-form"
        data-submits={submits}
        data-last={typed ? 'typed' : 'scanned'}
        onSubmit={(e) => {
          e.preventDefault();
          // The field's own value: a scanner's Enter can come before React has rendered its last keys.
          const scan = capture.finish((input.current?.value ?? code).trim());
          setCode('');
          if (!scan.code) return;
          setSubmits((n) => n + 1);
          setTyped(!scan.machine);
          if (scan.machine) onScan(scan);
        }}
      >
        <label className="sr-only" htmlFor="kiosk-scan">{t('kiosk.scanLabel')}</label>
        <input id="kiosk-scan" ref={input} className={styles.scanSink} value={code} onChange={(e) => setCode(e.target.value)} onKeyDown={capture.onKeyDown} autoFocus autoComplete="off" inputMode="none" data-testid="kiosk-scan" />
      </form>
      {problem && <p className={styles.problem} role="alert" data-testid="kiosk-problem">{problem}</p>}
      <button type="button" className={styles.bigButton} onClick={onTypeName} data-testid="kiosk-type-name">
        {t('kiosk.typeName')}
      </button>
    </div>
  );
}
