import { useTranslation } from 'react-i18next';
import { timeAt } from '../../components/time.ts';
import type { FirstParty } from './useMeetingScan.ts';
import styles from './MeetingLine.module.css';

export type MeetingSummary = FirstParty['meetings'][number];

/** Meetings, one per line (the matchmaking desk and the room door in matchmaking mode). */
export function MeetingList({ meetings, tz, className }: { meetings: readonly MeetingSummary[]; tz: string | undefined; className?: string }) {
  return <ul className={`${styles.meetings} ${className ?? ''}`}>{meetings.map((m) => <MeetingLine key={m.id} m={m} tz={tz} />)}</ul>;
}

function MeetingLine({ m, tz }: { m: MeetingSummary; tz: string | undefined }) {
  const { t } = useTranslation();
  return (
    <li className={styles.meeting} data-status={m.status}>
      <span className={styles.when}>{timeAt(m.startsAt, tz)}–{timeAt(m.endsAt, tz)}</span>
      <span className={styles.table}>{m.location}</span>
      <span className={styles.sides}>{m.a.label} — {m.b.label}</span>
      {m.status === 'cancelled' && <span className={styles.tag}>{t('matchmaking.cancelled')}</span>}
    </li>
  );
}
