import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { timeAt } from '../../components/time.ts';
import type { MethodOutput } from '../../api/methods.ts';
import { type DoorResult, DoorStation } from './DoorStation.tsx';
import { useDoorSession } from './useDoorSession.ts';
import styles from './RoomDoor.module.css';

interface Props {
  readonly sessionId: string;
  readonly timeZone: string | undefined;
  readonly onChange: () => void;
  readonly onSwitch: (sessionId: string) => void;
}

/** The room door of one session: the count against capacity, "full" before anyone is refused, the next session offered. */
export function SessionDoor({ sessionId, timeZone, onChange, onSwitch }: Props) {
  const { t } = useTranslation();
  const { data, error, reload, now } = useDoorSession(sessionId);
  const session = data?.session;
  const next = data?.next;
  const ended = session ? new Date(session.endsAt) <= now : false;

  const resultOf = (o: MethodOutput<'door.scan'>): DoorResult => {
    const name = o.attendee ? o.attendee.displayName + (o.attendee.organisation ? ` · ${o.attendee.organisation}` : '') : undefined;
    if (o.outcome === 'admitted') {
      return { tone: 'admitted', title: t('roomDoor.admitted'), name, detail: o.frontDoor ? t('roomDoor.admittedBoth') : t('roomDoor.welcome') };
    }
    if (o.outcome === 'already') {
      return { tone: 'already', title: t('roomDoor.already'), name, detail: t('roomDoor.alreadySince', { time: timeAt(o.firstAt, timeZone), desk: o.firstDesk }) };
    }
    const entry = o.entryReason ? t(`refusal.${o.entryReason}`, { message: '' }).trim() : '';
    return { tone: 'refused', title: t('roomDoor.refused'), name, detail: t(`roomDoor.refusal.${o.reason}`, { entry, defaultValue: o.message }) };
  };

  const scan = async (code: string): Promise<DoorResult> => {
    const outcome = await call('door.scan', { sessionId, code });
    reload();
    return resultOf(outcome);
  };

  const admitted = session?.admitted ?? 0;
  const capacity = session?.capacity ?? null;
  const full = session?.full ?? false;
  const share = capacity ? Math.min(100, Math.round((admitted / capacity) * 100)) : 0;
  const heading = (
    <>
      <div className={styles.headingText}>
        <h1 className={styles.title} data-testid="door-session-title">{session?.title ?? '…'}</h1>
        <p className={styles.meta}>
          {session && `${timeAt(session.startsAt, timeZone)}–${timeAt(session.endsAt, timeZone)}`}
          {session?.room && <span> · {session.room}</span>}
          {session && session.access !== 'open' && (
            <span className={styles.access}> · {session.access === 'registered' ? t('roomDoor.accessRegistered') : t('roomDoor.accessCategory', { categories: session.categories.map((c) => t(`category.${c}`, { defaultValue: c })).join(', ') })}</span>
          )}
        </p>
      </div>
      <button type="button" className="btn" onClick={onChange} data-testid="door-change">{t('roomDoor.change')}</button>
    </>
  );
  const counter = (
    <div className={styles.count} data-full={full} data-testid="door-count">
      <span className={styles.countLabel}>{t('roomDoor.inRoom')}</span>
      <span className={styles.countValue}>
        {admitted}
        {capacity !== null && <span className={styles.countOf}> / {capacity}</span>}
      </span>
      {capacity !== null && (
        <span className={styles.meter} aria-hidden="true"><span className={styles.meterFill} style={{ width: `${share}%` }} /></span>
      )}
      {full ? <span className={styles.fullTag} data-testid="door-full">{t('roomDoor.full')}</span>
        : capacity !== null && <span className={styles.countSub}>{t('roomDoor.seatsLeft', { count: capacity - admitted })}</span>}
    </div>
  );
  const notice = ended ? (
    <div className={styles.notice} role="note" data-testid="door-ended">
      <span>{t('roomDoor.ended')}</span>
      {next ? (
        <button type="button" className="btn btn-primary" onClick={() => onSwitch(next.id)} data-testid="door-next">
          {t('roomDoor.next', { title: next.title, time: timeAt(next.startsAt, timeZone) })}
        </button>
      ) : <span className="muted">{t('roomDoor.noNext')}</span>}
    </div>
  ) : null;
  const idle = full
    ? { title: t('roomDoor.fullTitle'), detail: t('roomDoor.fullDetail'), tone: 'refused' as const }
    : { title: t('roomDoor.ready'), detail: t('roomDoor.readyDetail') };
  return (
    <>
      {error && <p className="error-text" role="alert">{error}</p>}
      <DoorStation heading={heading} counter={counter} notice={notice} idle={idle} onScan={scan} />
    </>
  );
}
