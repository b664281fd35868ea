import { useTranslation } from 'react-i18next';
import { useLive } from '../../api/live.ts';
import { useCall } from '../../api/useCall.ts';
import styles from './Setup.module.css';

/** Top bar: the event's retention date has passed and its personal data is still here. */
export function RetentionChip() {
  const { t } = useTranslation();
  const status = useCall('privacy.status', {});
  useLive(['event.changed', 'remote-events'], status.reload);
  if (!status.data?.overdue) return null;
  return (
    <a href="#/setup" className={styles.retentionChip} data-testid="retention-chip" title={t('privacy.overdue', { day: status.data.retentionUntil })}>
      {t('privacy.chip')}
    </a>
  );
}
