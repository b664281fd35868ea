import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../api/methods.ts';
import { dayLabel, timeAt } from '../../components/time.ts';
import styles from './Dashboard.module.css';
import door from './DoorPanels.module.css';

type Doubles = MethodOutput<'checkin.doubleAdmissions'>;

/** People admitted at two desks while those were apart: both check-ins are kept, the first counts. */
export function DoubleAdmissions({ doubles, timeZone, onResolve }: { doubles: Doubles; timeZone: string | undefined; onResolve: (checkinId: string) => void }) {
  const { t, i18n } = useTranslation();
  if (doubles.length === 0) return null;
  const manyDays = new Set(doubles.map((d) => d.day)).size > 1;
  return (
    <section className={`card ${styles.panel} ${styles.doubles}`} aria-labelledby="doubles-title" data-testid="double-admissions">
      <h2 className={styles.panelTitle} id="doubles-title">
        {t('dashboard.doubles.title')} <span className={styles.count}>{doubles.length}</span>
      </h2>
      <p className={styles.doublesHint}>{t('dashboard.doubles.hint')}</p>
      <ul className={styles.doubleList}>
        {doubles.map((d) => (
          <li key={`${d.attendeeId}|${d.day}`} data-testid="double-admission">
            <strong className={styles.doubleName}>{d.displayName}</strong>
            {manyDays && <span className={styles.doubleDay}>{dayLabel(d.day, i18n.resolvedLanguage ?? 'en')}</span>}
            <ol className={styles.doubleCheckins}>
              {d.checkins.map((c, i) => (
                <li key={c.id} data-first={i === 0}>
                  {t('dashboard.doubles.at', { desk: c.desk, time: timeAt(c.at, timeZone) })}
                  {i === 0 && <span className={styles.counts}>{t('dashboard.doubles.counts')}</span>}
                  {/* Resolved by undoing the extra admission (an event, with the reason, in the person's history). */}
                  {i > 0 && (
                    <button type="button" className={`btn ${door.resolve}`} onClick={() => onResolve(c.id)} data-testid="resolve-double">
                      {t('door.dash.resolve')}
                    </button>
                  )}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </section>
  );
}
