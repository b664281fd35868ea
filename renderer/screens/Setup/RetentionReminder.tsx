import { useTranslation } from 'react-i18next';
import { useLive } from '../../api/live.ts';
import { useCall } from '../../api/useCall.ts';
import styles from './Setup.module.css';

/** Under the top bar: the event's retention date has passed and its personal data is still here. */
export function RetentionReminder() {
  const { t } = useTranslation();
  const status = useCall('privacy.status', {});
  useLive(['event.changed', 'remote-events'], status.reload);
  if (!status.data?.overdue) return null;
  return (
    <div className={styles.retentionBanner} role="status" data-testid="retention-reminder">
      <span>{t('privacy.overdue', { day: status.data.retentionUntil })}</span>
      <a href="#/setup">{t('privacy.chip')}</a>
    </div>
  );
}
