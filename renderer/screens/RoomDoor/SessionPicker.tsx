import { useTranslation } from 'react-i18next';
import { useLive } from '../../api/live.ts';
import { useCall } from '../../api/useCall.ts';
import { timeAt } from '../../components/time.ts';
import styles from './RoomDoor.module.css';

/** A session of this type opens the door in matchmaking mode: its scans confirm meetings. */
export const isMatchmaking = (type: string): boolean => type.trim().toLowerCase() === 'matchmaking';

interface Props {
  readonly onPick: (sessionId: string) => void;
  /** Matchmaking mode: at the session's room, or ('' ) at a table the tablet says next. */
  readonly onMatchmaking: (place: string, title: string | null) => void;
}

/** Today's sessions, to choose the one this door is for; the ones running now come first. */
export function SessionPicker({ onPick, onMatchmaking }: Props) {
  const { t } = useTranslation();
  const programme = useCall('door.sessions', {});
  const meetings = useCall('door.meetings', {});
  useLive(['session.checkin', 'remote-events'], programme.reload);
  const data = programme.data;
  const now = new Date().toISOString();
  const sessions = [...(data?.sessions ?? [])].sort((a, b) => Number(a.endsAt <= now) - Number(b.endsAt <= now) || a.startsAt.localeCompare(b.startsAt));
  // Meetings today but no matchmaking session in the programme: the tables still get a door.
  const tables = meetings.data && meetings.data.scheduled > 0 && !sessions.some((s) => isMatchmaking(s.type)) ? meetings.data : null;
  return (
    <div className={styles.picker}>
      <h1 className={styles.pickerTitle}>{t('roomDoor.pick')}</h1>
      <p className={styles.pickerSub}>{data ? t('roomDoor.pickSub', { event: data.eventName }) : ''}</p>
      {programme.error && <p className="error-text" role="alert">{programme.error}</p>}
      {data && sessions.length === 0 && !tables && <p className={styles.empty}>{t('roomDoor.noSessions')}</p>}
      <ul className={styles.sessionList}>
        {sessions.map((s) => {
          const state = s.endsAt <= now ? 'ended' : s.startsAt <= now ? 'running' : 'later';
          const matchmaking = isMatchmaking(s.type);
          return (
            <li key={s.id}>
              <button
                type="button" className={styles.sessionButton} data-state={state} data-testid="door-pick" data-mode={matchmaking ? 'matchmaking' : 'session'}
                onClick={() => (matchmaking ? onMatchmaking(s.room || s.title, s.title) : onPick(s.id))}
              >
                <span className={styles.sessionTime}>{timeAt(s.startsAt, data?.timeZone)}–{timeAt(s.endsAt, data?.timeZone)}</span>
                <span className={styles.sessionText}>
                  <span className={styles.sessionTitle}>{s.title}</span>
                  <span className={styles.sessionRoom}>{s.room || '—'}{s.type ? ` · ${s.type}` : ''}{matchmaking ? ` · ${t('roomDoor.mm.confirmsMeetings')}` : ''}</span>
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
        {tables && (
          <li>
            <button type="button" className={`${styles.sessionButton} ${styles.mmEntry}`} onClick={() => onMatchmaking('', null)} data-testid="door-pick-tables">
              <span className={styles.sessionTime}>{t('roomDoor.mm.todayTag')}</span>
              <span className={styles.sessionText}>
                <span className={styles.sessionTitle}>{t('roomDoor.mm.tables')}</span>
                <span className={styles.sessionRoom}>{t('roomDoor.mm.tablesSub')}</span>
              </span>
              <span className={styles.sessionCount}>{tables.held} / {tables.scheduled}</span>
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}
