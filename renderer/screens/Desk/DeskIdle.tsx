import { useTranslation } from 'react-i18next';
import styles from './Desk.module.css';

/** What the right half shows before the first scan: how the desk is used, in three lines. */
export function DeskIdle() {
  const { t } = useTranslation();
  return (
    <div className={styles.idle}>
      <svg viewBox="0 0 64 64" className={styles.idleIcon} aria-hidden="true">
        <rect x="8" y="14" width="48" height="36" rx="6" fill="none" stroke="currentColor" strokeWidth="3" />
        <path d="M18 24v16M24 24v16M30 24v16M38 24v16M46 24v16" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
      </svg>
      <h2>{t('desk.idle.title')}</h2>
      <ol className={styles.idleSteps}>
        <li>{t('desk.idle.scan')}</li>
        <li>{t('desk.idle.search')}</li>
        <li>{t('desk.idle.enter')}</li>
      </ol>
    </div>
  );
}
