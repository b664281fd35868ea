import { useTranslation } from 'react-i18next';
import { syncStateOf, useSyncStatus } from '../api/useSyncStatus.ts';
import { timeAt } from './time.ts';
import styles from './SyncChip.module.css';

/** Staff top bar: is this desk in sync with the others? Links to the Setup panel that sets it up. */
export function SyncChip({ timeZone }: { timeZone: string | undefined }) {
  const { t } = useTranslation();
  const { status } = useSyncStatus();
  if (!status) return null;
  const state = syncStateOf(status);
  const text =
    state === 'single' ? t('sync.chip.single')
    : state === 'stopped' ? t('sync.chip.stopped')
    : state === 'connected' ? t('sync.chip.connected')
    : state === 'hubEmpty' ? t('sync.chip.hubEmpty')
    : state === 'restoring' ? t('sync.chip.restoring')
    : status.offlineSince ? t('sync.chip.offlineSince', { time: timeAt(status.offlineSince, timeZone) })
    : t('sync.chip.offline');
  const waiting = status.configured && status.waitingToSend > 0 ? t('sync.chip.waiting', { count: status.waitingToSend }) : null;
  return (
    <a href="#/setup" className={styles.chip} data-state={state} data-testid="sync-chip" title={t('sync.chip.label')}>
      <span className={styles.dot} aria-hidden="true" />
      <span className="sr-only">{t('sync.chip.label')}: </span>
      <span>{text}</span>
      {waiting && <span className={styles.waiting} data-testid="sync-waiting">{waiting}</span>}
    </a>
  );
}
