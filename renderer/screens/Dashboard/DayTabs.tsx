import { useTranslation } from 'react-i18next';
import { dayLabel } from '../../components/time.ts';
import styles from './Dashboard.module.css';

interface Props {
  readonly days: readonly string[];
  readonly shown: string | undefined;
  readonly today: string | undefined;
  readonly onShow: (day: string) => void;
}

/** The event's days, to look back at yesterday's figures (or ahead) without leaving the dashboard. */
export function DayTabs({ days, shown, today, onShow }: Props) {
  const { t, i18n } = useTranslation();
  if (days.length < 2) return null;
  return (
    <div className={styles.dayTabs} role="group" aria-label={t('dashboard.days')}>
      {days.map((day) => (
        <button key={day} type="button" className="btn" aria-pressed={day === shown} onClick={() => onShow(day)} data-testid="day-tab">
          {dayLabel(day, i18n.resolvedLanguage ?? 'en')}
          {day === today && <span className={styles.todayMark}>{t('dashboard.today')}</span>}
        </button>
      ))}
    </div>
  );
}
