import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { LANGUAGES, setLanguage } from '../../i18n/index.ts';
import { StaffExit } from './StaffExit.tsx';
import styles from './Kiosk.module.css';

interface Props {
  readonly eventName: string;
  readonly logo: string | null;
  readonly showHome: boolean;
  readonly onHome: () => void;
  readonly children: ReactNode;
}

/** The frame around every kiosk step: event name, languages, Help, and Start over. */
export function KioskChrome({ eventName, logo, showHome, onHome, children }: Props) {
  const { t, i18n } = useTranslation();
  const [help, setHelp] = useState<'idle' | 'sent' | 'failed'>('idle');
  const askForHelp = (): void => {
    call('kiosk.help', { station: 'Kiosk', message: '' })
      .then(() => setHelp('sent'))
      .catch(() => setHelp('failed'));
  };
  return (
    <div className={styles.kiosk}>
      <header className={styles.top}>
        <div className={styles.event}>
          {logo && <img src={logo} alt="" className={styles.logo} />}
          <span>{eventName}</span>
        </div>
        <div className={styles.langs} role="group" aria-label={t('shell.language')}>
          {LANGUAGES.map((l) => (
            <button
              key={l.code}
              type="button"
              lang={l.code}
              className={styles.lang}
              aria-pressed={i18n.resolvedLanguage === l.code}
              onClick={() => setLanguage(l.code, false)}
              data-testid={`lang-${l.code}`}
            >
              {l.name}
            </button>
          ))}
        </div>
      </header>
      <main className={styles.stage}>{children}</main>
      <footer className={styles.bottom}>
        {showHome ? (
          <button type="button" className={styles.footButton} onClick={onHome} data-testid="kiosk-home">
            ↺ {t('kiosk.startOver')}
          </button>
        ) : (
          <StaffExit />
        )}
        <div className={styles.helpWrap}>
          {help !== 'idle' && (
            <span className={styles.helpNote} role="status">{help === 'sent' ? t('kiosk.helpComing') : t('kiosk.helpFailed')}</span>
          )}
          <button type="button" className={`${styles.footButton} ${styles.help}`} onClick={askForHelp} data-testid="kiosk-help">
            ? {t('kiosk.help')}
          </button>
        </div>
      </footer>
    </div>
  );
}
