import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../api/client.ts';
import styles from './Setup.module.css';

/** The staff PIN: leaves kiosk mode and guards the staff screens. Stored hashed by the core. */
export function PinPanel() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const save = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (pin !== repeat) return setMessage({ ok: false, text: t('setup.pin.mismatch') });
    try {
      await call('staff.setPin', current ? { pin, currentPin: current } : { pin });
      setMessage({ ok: true, text: t('setup.pin.saved') });
      setCurrent('');
      setPin('');
      setRepeat('');
    } catch (err) {
      setMessage({ ok: false, text: errorMessage(err) });
    }
  };
  return (
    <form className={styles.form} onSubmit={(e) => void save(e)}>
      <label className="field"><span>{t('setup.pin.current')}</span><input className="input" type="password" inputMode="numeric" autoComplete="off" value={current} onChange={(e) => setCurrent(e.target.value)} /></label>
      <div className={styles.pair}>
        <label className="field"><span>{t('setup.pin.new')}</span><input className="input" type="password" inputMode="numeric" autoComplete="new-password" pattern="\d{6,16}" minLength={6} maxLength={16} value={pin} onChange={(e) => setPin(e.target.value)} required /></label>
        <label className="field"><span>{t('setup.pin.repeat')}</span><input className="input" type="password" inputMode="numeric" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} required /></label>
      </div>
      <div className={styles.actions}>
        {message && <span className={message.ok ? styles.saved : 'error-text'} role="status">{message.text}</span>}
        <button type="submit" className="btn btn-primary">{t('setup.pin.save')}</button>
      </div>
    </form>
  );
}
