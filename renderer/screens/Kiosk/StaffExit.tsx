import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../api/client.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { hrefOf } from '../../routes.ts';
import styles from './Kiosk.module.css';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
const MAX_DIGITS = 16;

/** Staff leave the kiosk with the PIN on an on-screen pad (in Electron this also ends kiosk lockdown). */
export function StaffExit() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [pinSet, setPinSet] = useState<boolean | null>(null);
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    setPin('');
    setProblem(null);
    call('kiosk.pinStatus', {}).then((s) => setPinSet(s.set), () => setPinSet(null));
  }, [open]);
  const leave = async (): Promise<void> => {
    if (!pin) return;
    try {
      const { left } = await call('kiosk.leave', { pin });
      if (left) location.hash = hrefOf('desk');
      else setProblem(t('kiosk.pinWrong'));
    } catch (err) {
      setProblem(err instanceof ApiError && err.code === 'rate-limited' ? t('kiosk.pinLocked') : t('kiosk.pinWrong'));
    }
    setPin('');
  };
  const press = (d: string): void => setPin((p) => (p.length < MAX_DIGITS ? p + d : p));
  return (
    <>
      <button type="button" className={styles.staff} onClick={() => setOpen(true)} data-testid="kiosk-staff">{t('kiosk.staff')}</button>
      {open && (
        <Dialog title={t('kiosk.staffTitle')} onClose={() => setOpen(false)}>
          {pinSet === false ? (
            <p className={styles.pinNote} role="status" data-testid="kiosk-no-pin">{t('kiosk.noPin')}</p>
          ) : (
            <form className={styles.pinForm} onSubmit={(e) => { e.preventDefault(); void leave(); }} data-testid="kiosk-pin-pad">
              <label className="sr-only" htmlFor="kiosk-pin">{t('kiosk.pin')}</label>
              <input id="kiosk-pin" className={styles.pinDots} type="password" inputMode="none" readOnly value={pin} aria-label={t('kiosk.pin')} placeholder={t('kiosk.pin')} />
              <div className={styles.pinPad}>
                {DIGITS.map((d) => <button key={d} type="button" className={styles.pinKey} onClick={() => press(d)} aria-label={d}>{d}</button>)}
                <button type="button" className={styles.pinKey} onClick={() => setPin('')} aria-label={t('kiosk.pinClear')}>C</button>
                <button type="button" className={styles.pinKey} onClick={() => press('0')} aria-label="0">0</button>
                <button type="button" className={styles.pinKey} onClick={() => setPin((p) => p.slice(0, -1))} aria-label={t('kiosk.backspace')}>⌫</button>
              </div>
              {problem && <p className="error-text" role="alert" data-testid="kiosk-pin-problem">{problem}</p>}
              <button type="submit" className="btn btn-primary" disabled={!pin}>{t('kiosk.leave')}</button>
            </form>
          )}
        </Dialog>
      )}
    </>
  );
}
