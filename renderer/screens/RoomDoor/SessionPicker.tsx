import { useTranslation } from 'react-i18next';
import { useLive } from '../../api/live.ts';
import { useCall } from '../../api/useCall.ts';
import { timeAt } from '../../components/time.ts';
import styles from './RoomDoor.module.css';

/** Today's sessions, to choose the one this door is for; the ones running now come first. */
export function SessionPicker({ onPick }: { onPick: (sessionId: string) => void }) {
  const { t } = useTranslation();
  const programme = useCall('door.sessions', {});
  useLive(['session.checkin', 'remote-events'], programme.reload);
  const data = programme.data;
  const now = new Date().toISOString();
  const sessions = [...(data?.sessions ?? [])].sort((a, b) => Number(a.endsAt <= now) - Number(b.endsAt <= now) || a.startsAt.localeCompare(b.startsAt));
  return (
    <div className={styles.picker}>
      <h1 className={styles.pickerTitle}>{t('roomDoor.pick')}</h1>
      <p className={styles.pickerSub}>{data ? t('roomDoor.pickSub', { event: data.eventName }) : ''}</p>
      {programme.error && <p className="error-text" role="alert">{programme.error}</p>}
      {data && sessions.length === 0 && <p className={styles.empty}>{t('roomDoor.noSessions')}</p>}
      <ul className={styles.sessionList}>
        {sessions.map((s) => {
          const state = s.endsAt <= now ? 'ended' : s.startsAt <= now ? 'running' : 'later';
          return (
            <li key={s.id}>
              <button type="button" className={styles.sessionButton} data-state={state} onClick={() => onPick(s.id)} data-testid="door-pick">
                <span className={styles.sessionTime}>{timeAt(s.startsAt, data?.timeZone)}–{timeAt(s.endsAt, data?.timeZone)}</span>
                <span className={styles.sessionText}>
                  <span className={styles.sessionTitle}>{s.title}</span>
                  <span className={styles.sessionRoom}>{s.room || '—'}{s.type ? ` · ${s.type}` : ''}</span>
                </span>
                <span className={styles.sessionCount}>
                  {s.admitted}{s.capacity !== null ? ` / ${s.capacity}` : ''}
                  {s.full && <span className={styles.fullSmall}>{t('roomDoor.full')}</span>}
                  {state === 'running' && <span className={styles.nowTag}>{t('roomDoor.now')}</span>}
                  {state === 'ended' && <span className={styles.endedTag}>{t('roomDoor.endedTag')}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
