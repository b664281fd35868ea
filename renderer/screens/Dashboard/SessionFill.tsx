import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../api/client.ts';
import { useLive } from '../../api/live.ts';
import type { MethodOutput } from '../../api/methods.ts';
import { useCall } from '../../api/useCall.ts';
import { offerDownload } from '../../components/download.ts';
import { timeAt } from '../../components/time.ts';
import styles from './SessionFill.module.css';

type Session = MethodOutput<'sessions.list'>[number];

const W = 240;
const H = 56;

/** People in the room over time, from the session's start to its end (or the last arrival). */
function FillLine({ s }: { s: Session }) {
  const start = Math.min(Date.parse(s.startsAt) - 30 * 60_000, ...s.fill.map((p) => Date.parse(p.at)));
  const end = Math.max(Date.parse(s.endsAt), ...s.fill.map((p) => Date.parse(p.at)));
  // The count holds from the last arrival until now, or until the session ended.
  const until = new Date(Math.max(Date.parse(s.fill.at(-1)?.at ?? s.startsAt), Math.min(Date.now(), end))).toISOString();
  const top = Math.max(s.capacity ?? 0, s.admitted, 1);
  const x = (iso: string): number => ((Date.parse(iso) - start) / Math.max(end - start, 1)) * W;
  const y = (n: number): number => H - 2 - (n / top) * (H - 4);
  const points = s.fill.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.at).toFixed(1)},${y(p.admitted).toFixed(1)}`).join(' ');
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className={styles.line} role="img" aria-label={`${s.admitted}${s.capacity ? ` / ${s.capacity}` : ''}`}>
      <rect x={x(s.startsAt)} y={0} width={Math.max(x(s.endsAt) - x(s.startsAt), 1)} height={H} className={styles.window} />
      {s.capacity !== null && <line x1={0} x2={W} y1={y(s.capacity)} y2={y(s.capacity)} className={styles.cap} />}
      {points && <path d={`${points} L${x(until).toFixed(1)},${y(s.admitted).toFixed(1)}`} className={styles.path} />}
    </svg>
  );
}

/** Each session of the day: its fill over time against capacity, and its attendance and no-show lists. */
export function SessionFill({ day, timeZone }: { day: string | undefined; timeZone: string | undefined }) {
  const { t } = useTranslation();
  const sessions = useCall('sessions.list', day ? { day } : {});
  const [note, setNote] = useState<string | null>(null);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const { reload } = sessions;
  useLive(['session.checkin', 'remote-events'], () => {
    pending.current ??= setTimeout(() => {
      pending.current = null;
      reload();
    }, 1000);
  });
  const save = async (s: Session, list: 'attendance' | 'no-shows'): Promise<void> => {
    try {
      const file = await call('sessions.export', { sessionId: s.id, list, format: 'xlsx' });
      offerDownload(file);
      setNote(t('dashboard.lists.done', { count: file.rows, file: file.fileName }));
    } catch (err) {
      setNote(errorMessage(err));
    }
  };
  const rows = sessions.data ?? [];
  if (rows.length === 0 && !sessions.error) return null;
  return (
    <section className={`card ${styles.panel}`} aria-label={t('sessions.title')} data-testid="session-fill">
      <h2 className={styles.title}>{t('sessions.title')} <span className="muted">{day}</span></h2>
      {sessions.error && <p className="error-text" role="alert">{sessions.error}</p>}
      <ul className={styles.list}>
        {rows.map((s) => (
          <li key={s.id} className={styles.row} data-full={s.full}>
            <span className={styles.time}>{timeAt(s.startsAt, timeZone)}–{timeAt(s.endsAt, timeZone)}</span>
            <span className={styles.what}>
              <span className={styles.name}>{s.title}</span>
              <span className={styles.room}>{s.room}{s.type ? ` · ${s.type}` : ''}{s.registered ? ` · ${t('sessions.registered', { count: s.registered })}` : ''}</span>
            </span>
            <FillLine s={s} />
            <span className={styles.count} data-testid="session-count">{s.admitted}{s.capacity !== null ? ` / ${s.capacity}` : ''}{s.full ? ` · ${t('roomDoor.full')}` : ''}</span>
            <span className={styles.actions}>
              <button type="button" className="btn" onClick={() => void save(s, 'attendance')}>{t('sessions.attendance')}</button>
              {s.registered > 0 && <button type="button" className="btn" onClick={() => void save(s, 'no-shows')}>{t('sessions.noShows')}</button>}
            </span>
          </li>
        ))}
      </ul>
      {note && <p className="muted" role="status">{note}</p>}
    </section>
  );
}
