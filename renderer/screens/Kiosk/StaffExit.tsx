import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { hrefOf } from '../../routes.ts';
import styles from './Kiosk.module.css';

/** Staff leave the kiosk with the PIN (in Electron this also ends kiosk lockdown). */
export function StaffExit() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(false);
  const leave = async (): Promise<void> => {
    const { left } = await call('kiosk.leave', { pin }).catch(() => ({ left: false }));
    if (left) location.hash = hrefOf('desk');
    else setWrong(true);
    setPin('');
  };
  return (
    <>
      <button type="button" className={styles.staff} onClick={() => setOpen(true)}>{t('kiosk.staff')}</button>
      {open && (
        <Dialog title={t('kiosk.staffTitle')} onClose={() => setOpen(false)}>
          <form className={styles.pinForm} onSubmit={(e) => { e.preventDefault(); void leave(); }}>
            <label className="field">
              <span>{t('kiosk.pin')}</span>
              <input className="input" type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={(e) => setPin(e.target.value)} autoFocus />
            </label>
            {wrong && <p className="error-text" role="alert">{t('kiosk.pinWrong')}</p>}
            <button type="submit" className="btn btn-primary">{t('kiosk.leave')}</button>
          </form>
        </Dialog>
      )}
    </>
  );
}
