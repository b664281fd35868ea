import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../api/methods.ts';
import styles from './Kiosk.module.css';

type Outcome = MethodOutput<'kiosk.scan'>;

/** The end of the visit: take your badge, or go to the desk. Resets by itself after a few seconds. */
export function KioskOutcome({ outcome, onDone }: { outcome: Outcome; onDone: () => void }) {
  const { t } = useTranslation();
  const ok = outcome.outcome === 'admitted' || outcome.outcome === 'already';
  const title = !ok ? t('kiosk.refusedTitle') : outcome.printed ? t('kiosk.successTitle') : t('kiosk.welcomeTitle', { name: outcome.firstName });
  const detail =
    outcome.outcome === 'desk' ? t('kiosk.expectedDetail', { name: outcome.firstName })
    : outcome.outcome === 'refused' ? t('kiosk.refusedDetail')
    : outcome.outcome === 'already' && !outcome.printed ? t('kiosk.alreadyDetail')
    : outcome.printed ? t('kiosk.successDetail', { name: outcome.firstName })
    : t('kiosk.deskDetail');
  return (
    <div className={styles.outcome} data-tone={ok ? 'ok' : outcome.outcome === 'desk' ? 'warn' : 'bad'} data-testid="kiosk-outcome" data-outcome={outcome.outcome} role="status">
      <span className={styles.outcomeIcon} aria-hidden="true">{ok ? '✓' : '!'}</span>
      <h1 className={styles.outcomeTitle}>{title}</h1>
      <p className={styles.outcomeDetail}>{detail}</p>
      <button type="button" className={styles.bigButton} onClick={onDone}>{t('kiosk.done')}</button>
    </div>
  );
}
