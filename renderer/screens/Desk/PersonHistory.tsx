import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../api/methods.ts';
import { dayLabel, timeAt } from '../../components/time.ts';
import styles from './Desk.module.css';

type Entry = MethodOutput<'attendee.history'>[number];

interface Props {
  readonly entries: readonly Entry[];
  readonly timeZone: string | undefined;
  readonly today: string | undefined;
  /** Undo one check-in (asks for the reason first); `session` is given for a room door's. */
  readonly onUndo: (checkinId: string, session?: string) => void;
}

/** Every check-in (today's and earlier, at the front and room doors), print, undo and staff decision, with time, desk and operator. */
export function PersonHistory({ entries, timeZone, today, onUndo }: Props) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return null;
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <section className={styles.history} aria-label={t('door.history.title')} data-testid="history">
      <h3 className={styles.historyTitle}>{t('door.history.title')}</h3>
      <ol className={styles.historyList}>
        {entries.map((e, i) => (
          <li key={`${e.kind}|${e.at}|${i}`} className={styles.historyRow} data-kind={e.kind} data-undone={e.undone}>
            <span className={styles.historyWhen}>
              {e.day && e.day !== today ? `${dayLabel(e.day, language)} ` : ''}{timeAt(e.at, timeZone)}
            </span>
            <span className={styles.historyWhat}>
              {t(`door.history.${e.kind}`)}
              {e.session && <span className={styles.historyDetail}> — {e.session}</span>}
              {e.undone && <em className={styles.historyUndone}> · {t('door.history.wasUndone')}</em>}
              {e.detail && e.kind !== 'checkin' && <span className={styles.historyDetail}>{e.session ? ' · ' : ' — '}{e.kind === 'override' ? overrideDetail(t, e.detail) : e.detail}</span>}
            </span>
            <span className={styles.historyWho}>{t('door.history.by', { desk: e.desk, operator: e.operator })}</span>
            {(e.kind === 'checkin' || e.kind === 'session-checkin') && !e.undone && e.checkinId && (
              <button
                type="button"
                className={`btn ${styles.small}`}
                onClick={() => onUndo(e.checkinId as string, e.session)}
                data-testid={e.kind === 'checkin' ? 'history-undo' : 'history-session-undo'}
              >
                {t('door.history.undoButton')}
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** "cancelled: paid at the desk" → "Cancelled: paid at the desk", the rule in the screen's language. */
function overrideDetail(t: TFunction, detail: string): string {
  const at = detail.indexOf(': ');
  if (at < 0) return detail;
  const rule = detail.slice(0, at);
  return `${t(`door.rule.${rule}`, { defaultValue: rule })}: ${detail.slice(at + 2)}`;
}
