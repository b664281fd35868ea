import { useTranslation } from 'react-i18next';
import { useLive } from '../../api/live.ts';
import { useCall } from '../../api/useCall.ts';
import { timeAt } from '../../components/time.ts';
import { MeetingList } from '../Matchmaking/MeetingLine.tsx';
import { type SettledScan, useMeetingScan } from '../Matchmaking/useMeetingScan.ts';
import { type DoorIdle, type DoorResult, DoorStation } from './DoorStation.tsx';
import { PlaceForm } from './PlaceForm.tsx';
import styles from './RoomDoor.module.css';

interface Props {
  /** Where this tablet stands (the matchmaking session's room, or the table chosen); '' until chosen. */
  readonly place: string;
  /** The matchmaking session this door was opened for, if any. */
  readonly title: string | null;
  readonly timeZone: string | undefined;
  readonly onPlace: (place: string) => void;
  readonly onChange: () => void;
}

/**
 * A room door in matchmaking mode: a meeting code from a meeting sheet confirms that meeting; two
 * badges one after the other confirm the meeting between those two people today.
 */
export function MatchmakingDoor({ place, title, timeZone, onPlace, onChange }: Props) {
  const { t } = useTranslation();
  const tally = useCall('door.meetings', {});
  useLive(['meeting.held', 'remote-events'], tally.reload);
  const { pending, scan, cancel } = useMeetingScan(place);
  if (!place) return <PlaceForm places={tally.data?.places ?? []} onPlace={onPlace} onCancel={onChange} />;

  const resultOf = (o: SettledScan, firstName: string | undefined): DoorResult => {
    const m = o.meeting;
    const name = m ? `${m.a.label} — ${m.b.label}` : firstName;
    const when = m ? `${timeAt(m.startsAt, timeZone)}–${timeAt(m.endsAt, timeZone)}${m.location ? ` · ${m.location}` : ''}` : '';
    if (o.kind === 'confirmed') return { tone: 'admitted', title: t('roomDoor.mm.held'), name, detail: t('roomDoor.mm.heldDetail', { when, place: o.held.place }) };
    if (o.kind === 'already') {
      // A room door's name already says where it stood ("Desk 1 door · Table 7"); a desk's may not.
      const where = o.held.desk.includes(o.held.place) ? o.held.desk : `${o.held.desk}, ${o.held.place}`;
      return { tone: 'already', title: t('roomDoor.mm.already'), name, detail: t('roomDoor.mm.alreadyDetail', { time: timeAt(o.held.at, timeZone), where }) };
    }
    return { tone: 'refused', title: t(`matchmaking.refused.${o.reason}`), name, detail: t(`roomDoor.mm.refusal.${o.reason}`) };
  };

  const onScan = async (code: string): Promise<DoorResult | null> => {
    const firstName = pending?.outcome.attendee.name;
    const outcome = await scan(code);
    if (outcome.kind === 'first') return null;
    tally.reload();
    return resultOf(outcome, firstName);
  };

  const first = pending?.outcome;
  const idle: DoorIdle = first ? {
    tone: 'pending',
    title: t('roomDoor.mm.scanOther'),
    name: first.attendee.name + (first.attendee.organisation ? ` · ${first.attendee.organisation}` : ''),
    detail: first.meetings.length === 0 ? t('roomDoor.mm.noneToday') : t('roomDoor.mm.theirMeetings', { count: first.meetings.length }),
    body: (
      <>
        {first.meetings.length > 0 && <MeetingList meetings={first.meetings} tz={timeZone} className={styles.firstMeetings} />}
        <button type="button" className="btn btn-lg" onClick={cancel} data-testid="door-mm-cancel">{t('roomDoor.mm.cancelFirst')}</button>
      </>
    ),
  } : { title: t('roomDoor.mm.ready'), detail: t('roomDoor.mm.readyDetail') };

  const held = tally.data?.held ?? 0;
  const scheduled = tally.data?.scheduled ?? 0;
  const heading = (
    <>
      <div className={styles.headingText}>
        <h1 className={styles.title} data-testid="door-session-title">{title ?? t('roomDoor.mm.tables')}</h1>
        <p className={styles.meta}>{t('roomDoor.mm.at', { place })}</p>
      </div>
      <button type="button" className="btn" onClick={onChange} data-testid="door-change">{t('roomDoor.mm.change')}</button>
    </>
  );
  const counter = (
    <div className={styles.count} data-testid="door-count">
      <span className={styles.countLabel}>{t('roomDoor.mm.heldToday')}</span>
      <span className={styles.countValue}>{held}<span className={styles.countOf}> / {scheduled}</span></span>
      {scheduled > 0 && (
        <span className={styles.meter} aria-hidden="true"><span className={styles.meterFill} style={{ width: `${Math.round((held / scheduled) * 100)}%` }} /></span>
      )}
      <span className={styles.countSub}>{t('roomDoor.mm.heldSub')}</span>
    </div>
  );
  return (
    <>
      {tally.error && <p className="error-text" role="alert">{tally.error}</p>}
      <DoorStation heading={heading} counter={counter} idle={idle} onScan={onScan} placeholder={t('roomDoor.mm.scanPlaceholder')} />
    </>
  );
}
