import { useTranslation } from 'react-i18next';
import { CategoryChip } from '../../components/CategoryChip.tsx';
import { dayLabel, timeAt } from '../../components/time.ts';
import type { Attendee, CheckinView, MethodOutput } from '../../api/methods.ts';
import { hrefOf } from '../../routes.ts';
import { PersonHistory } from './PersonHistory.tsx';
import type { ReprintNotice } from './useCheckin.ts';
import styles from './Desk.module.css';

interface Props {
  readonly attendee: Attendee;
  readonly checkins: readonly CheckinView[];
  readonly history: MethodOutput<'attendee.history'>;
  readonly meetings: number | null;
  readonly eventDays: readonly string[];
  readonly today: string | undefined;
  readonly timeZone: string | undefined;
  /** The rule that refuses this person today (cancelled, blocked, not valid today…), if any. */
  readonly refusal: string | null;
  /** The banner above already says why this person is refused: the card does not say it twice. */
  readonly refusalShown: boolean;
  readonly reprint: ReprintNotice | null;
  readonly onCheckIn: () => void;
  readonly onPrint: () => void;
  readonly onEdit: () => void;
  readonly onOverride: () => void;
  readonly onUndo: (checkinId: string, session?: string) => void;
  readonly busy: boolean;
}

/** Everything the desk needs to know about one person, at a glance. */
export function PersonCard(props: Props) {
  const { attendee: a, checkins, history, meetings, eventDays, today, timeZone, refusal, refusalShown, reprint, busy } = props;
  const { t, i18n } = useTranslation();
  // The earliest check-in counts (time, then id, as the core orders them); later ones from other desks are "also".
  const todays = checkins
    .filter((c) => c.day === today && !c.undoneAt)
    .sort((x, y) => (x.at === y.at ? (x.id < y.id ? -1 : 1) : x.at < y.at ? -1 : 1));
  const [first, ...others] = todays;
  const entitled = (day: string): boolean => a.days === null || a.days.includes(day);
  const note = a.attentionNote ?? a.notes;
  return (
    <article className={`card ${styles.person}`} data-testid="person-card" aria-label={a.displayName} data-refused={!!refusal && !first}>
      {a.attention && (
        <div className={styles.attention} role="alert" data-testid="attention">
          <strong>{t('desk.attention')}</strong>
          {note && <span>{note}</span>}
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

      {refusal && !refusalShown && (
        <p className={styles.statusBad} data-testid="status">{t(`door.rule.${refusal}`, { defaultValue: t('refusal.other') })}</p>
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
        {a.notes && !(a.attention && note === a.notes) && (
          <div className={styles.notesFact}>
            <dt>{t('desk.card.notes')}</dt>
            <dd>{a.notes}</dd>
          </div>
        )}
      </dl>

      <footer className={styles.personActions}>
        {first ? (
          // Checked in today: what is left to do is a badge lost or misprinted, so that leads.
          <button type="button" className="btn btn-primary btn-lg" onClick={props.onPrint} disabled={busy} data-testid="print-button">
            {t('desk.printAgain')}
          </button>
        ) : refusal ? (
          // Refused: no badge and no check-in, only staff's explicit override with a reason.
          <button type="button" className="btn btn-danger btn-lg" onClick={props.onOverride} disabled={busy} data-testid="override-button">
            {t('door.override.button')}
          </button>
        ) : (
          <>
            <button type="button" className="btn btn-primary btn-lg" onClick={props.onCheckIn} disabled={busy} data-testid="checkin-button">
              {a.attention ? t('door.attention.confirm') : t('desk.checkInPrint')} <kbd className={styles.kbd}>Enter</kbd>
            </button>
            {/* A flagged person's badge waits for staff to confirm (the check-in above). */}
            {!a.attention && <button type="button" className="btn btn-lg" onClick={props.onPrint} disabled={busy} data-testid="print-button">{t('desk.printBadge')}</button>}
          </>
        )}
        <button type="button" className="btn btn-lg" onClick={props.onEdit} data-testid="edit-button">{t('desk.edit')}</button>
      </footer>
      {reprint && (
        <p className={reprint.kind === 'sent' ? styles.printNotice : styles.bannerProblem} role="status" data-testid="print-notice" data-state={reprint.kind}>
          {reprint.kind === 'sent' ? t('door.badge.reprintSent', { printer: reprint.job.printer }) : t('door.badge.reprintFailed', { reason: reprint.message })}
          {reprint.kind === 'failed' && <> <a href={hrefOf('setup')} className={styles.fixLink}>{t('door.badge.fix')}</a></>}
        </p>
      )}
      <PersonHistory entries={history} timeZone={timeZone} today={today} onUndo={props.onUndo} />
    </article>
  );
}
