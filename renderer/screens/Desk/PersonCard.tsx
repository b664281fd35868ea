import { useTranslation } from 'react-i18next';
import { CategoryChip } from '../../components/CategoryChip.tsx';
import { dayLabel, timeAt } from '../../components/time.ts';
import type { Attendee, CheckinView } from '../../api/methods.ts';
import styles from './Desk.module.css';

interface Props {
  readonly attendee: Attendee;
  readonly checkins: readonly CheckinView[];
  readonly meetings: number | null;
  readonly eventDays: readonly string[];
  readonly today: string | undefined;
  readonly timeZone: string | undefined;
  readonly onCheckIn: () => void;
  readonly onPrint: () => void;
  readonly onEdit: () => void;
  readonly busy: boolean;
}

/** Everything the desk needs to know about one person, at a glance. */
export function PersonCard({ attendee: a, checkins, meetings, eventDays, today, timeZone, onCheckIn, onPrint, onEdit, busy }: Props) {
  const { t, i18n } = useTranslation();
  // The earliest check-in counts (time, then id, as the core orders them); later ones from other desks are "also".
  const todays = checkins
    .filter((c) => c.day === today && !c.undoneAt)
    .sort((x, y) => (x.at === y.at ? (x.id < y.id ? -1 : 1) : x.at < y.at ? -1 : 1));
  const [first, ...others] = todays;
  const entitled = (day: string): boolean => a.days === null || a.days.includes(day);
  return (
    <article className={`card ${styles.person}`} data-testid="person-card" aria-label={a.displayName}>
      {a.attention && (
        <div className={styles.attention} role="alert" data-testid="attention">
          <strong>{t('desk.attention')}</strong>
          {a.notes && <span>{a.notes}</span>}
        </div>
      )}
      <header className={styles.personHead}>
        <div className={styles.personWho}>
          <h2 className={styles.personName}>{a.displayName}</h2>
          <p className={styles.personOrg}>{[a.jobTitle, a.organisation].filter(Boolean).join(' · ') || '—'}</p>
          {a.country && <p className="muted">{a.country}</p>}
        </div>
        <CategoryChip category={a.category} large />
      </header>

      {a.status !== 'active' && (
        <p className={styles.statusBad} data-testid="status">{t(`status.${a.status}`)}</p>
      )}

      <dl className={styles.facts}>
        <div>
          <dt>{t('desk.card.today')}</dt>
          <dd data-testid="checkin-state">
            {first ? (
              <span className={styles.checkedIn}>{t('desk.checkedInAt', { time: timeAt(first.at, timeZone), desk: first.desk })}</span>
            ) : (
              t('desk.card.notYet')
            )}
            {others.map((c) => (
              <span key={c.id} className={styles.alsoAt}>{t('desk.alsoAt', { time: timeAt(c.at, timeZone), desk: c.desk })}</span>
            ))}
          </dd>
        </div>
        <div>
          <dt>{t('desk.card.days')}</dt>
          <dd className={styles.days}>
            {eventDays.map((d) => (
              <span key={d} className={styles.day} data-on={entitled(d)} data-today={d === today}>
                {dayLabel(d, i18n.resolvedLanguage ?? 'en')}
              </span>
            ))}
          </dd>
        </div>
        <div>
          <dt>{t('desk.card.meetings')}</dt>
          <dd>{meetings === null ? '—' : meetings === 0 ? t('desk.card.noMeetings') : t('desk.card.meetingCount', { count: meetings })}</dd>
        </div>
        <div>
          <dt>{t('desk.card.code')}</dt>
          <dd className={styles.code}>{a.codes.join(', ') || '—'}</dd>
        </div>
        {!a.attention && a.notes && (
          <div className={styles.notesFact}>
            <dt>{t('desk.card.notes')}</dt>
            <dd>{a.notes}</dd>
          </div>
        )}
      </dl>

      <footer className={styles.personActions}>
        {first ? (
          // Checked in today: what is left to do is a badge lost or misprinted, so that leads.
          <button type="button" className="btn btn-primary btn-lg" onClick={onPrint} disabled={busy} data-testid="print-button">
            {t('desk.printAgain')}
          </button>
        ) : (
          <>
            <button type="button" className="btn btn-primary btn-lg" onClick={onCheckIn} disabled={busy} data-testid="checkin-button">
              {t('desk.checkInPrint')} <kbd className={styles.kbd}>Enter</kbd>
            </button>
            <button type="button" className="btn btn-lg" onClick={onPrint} disabled={busy} data-testid="print-button">{t('desk.printBadge')}</button>
          </>
        )}
        <button type="button" className="btn btn-lg" onClick={onEdit} data-testid="edit-button">{t('desk.edit')}</button>
      </footer>
    </article>
  );
}
