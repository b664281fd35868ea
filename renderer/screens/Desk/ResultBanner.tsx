import { useTranslation } from 'react-i18next';
import { timeAt } from '../../components/time.ts';
import type { DeskResult } from './useCheckin.ts';
import styles from './Desk.module.css';

interface Props {
  readonly result: DeskResult;
  readonly undoLeft: number;
  readonly timeZone: string | undefined;
  readonly onUndo: () => void;
}

/** The big answer to a scan: green admitted, amber already, red refused with the reason. */
export function ResultBanner({ result, undoLeft, timeZone, onUndo }: Props) {
  const { t } = useTranslation();
  const o = result.outcome;
  const name = o.attendee?.displayName;
  const tone = result.undone ? 'neutral' : o.outcome;
  let title: string;
  let detail: string;
  if (result.undone) {
    title = t('desk.banner.undone');
    detail = t('desk.banner.undoneDetail', { name });
  } else if (o.outcome === 'admitted') {
    title = t('desk.banner.admitted');
    detail = result.printError
      ? t('desk.banner.printFailed', { message: result.printError })
      : result.printed
        ? t('desk.banner.printing', { printer: result.printed.printer })
        : t('desk.banner.welcome');
  } else if (o.outcome === 'already') {
    title = t('desk.banner.already');
    detail = t('desk.alreadyAt', { time: timeAt(o.first.at, timeZone), desk: o.first.desk });
  } else {
    title = t('desk.banner.refused');
    detail = t(`refusal.${o.reason}`, { defaultValue: o.message, message: o.message });
  }
  return (
    <section key={result.serial} className={styles.banner} data-tone={tone} role="status" aria-live="assertive" data-testid="result-banner" data-outcome={result.undone ? 'undone' : o.outcome}>
      <span className={styles.bannerIcon} aria-hidden="true">
        {tone === 'admitted' ? '✓' : tone === 'already' ? '!' : tone === 'refused' ? '✕' : '↺'}
      </span>
      <div className={styles.bannerText}>
        <h2 className={styles.bannerTitle}>
          {title}
          {name && <span className={styles.bannerName}> — {name}</span>}
        </h2>
        <p className={styles.bannerDetail}>{detail}</p>
      </div>
      {o.outcome === 'admitted' && !result.undone && undoLeft > 0 && (
        <button type="button" className={`btn ${styles.undo}`} onClick={onUndo} data-testid="undo">
          {t('desk.undo', { seconds: undoLeft })}
        </button>
      )}
    </section>
  );
}
