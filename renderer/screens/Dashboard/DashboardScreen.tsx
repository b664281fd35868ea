import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useLive } from '../../api/live.ts';
import { useCall } from '../../api/useCall.ts';
import { todayAt } from '../../components/time.ts';
import { ArrivalsChart } from './ArrivalsChart.tsx';
import { Breakdown } from './Breakdown.tsx';
import { DayTabs } from './DayTabs.tsx';
import { defaultDashboardDay } from './default-day.ts';
import { DoubleAdmissions } from './DoubleAdmissions.tsx';
import { DoorDecisions } from './DoorDecisions.tsx';
import { BadgeBatch } from './BadgeBatch.tsx';
import { ExportLists } from './ExportLists.tsx';
import { PrintQueue } from './PrintQueue.tsx';
import { SessionFill } from './SessionFill.tsx';
import { MeetingsPanel } from './MeetingsPanel.tsx';
import { DeskPlanPanel } from './DeskPlanPanel.tsx';
import styles from './Dashboard.module.css';

const REFRESH_MS = 1000;

/**
 * The numbers of the day, live: one refresh per second at most, however many desks are scanning.
 * Today at the venue while the event runs (see defaultDashboardDay), or the day chosen.
 */
export function DashboardScreen() {
  const { t } = useTranslation();
  const [chosenDay, setChosenDay] = useState<string | null>(null);
  const event = useCall('event.get', {});
  const today = event.data ? todayAt(event.data.timeZone) : undefined;
  const shownDay = chosenDay ?? (event.data && today ? defaultDashboardDay(event.data.days, today) : undefined);
  const stats = useCall('stats.get', shownDay ? { day: shownDay } : {});
  const queue = useCall('print.queue', {});
  const printers = useCall('printers.list', {});
  const doubles = useCall('checkin.doubleAdmissions', {});
  const decisions = useCall('checkin.decisions', shownDay ? { day: shownDay } : {});
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const { reload: reloadStats } = stats;
  const { reload: reloadDoubles } = doubles;
  const { reload: reloadDecisions } = decisions;
  const later = (): void => {
    pending.current ??= setTimeout(() => {
      pending.current = null;
      reloadStats();
      reloadDoubles();
      reloadDecisions();
    }, REFRESH_MS);
  };
  useEffect(() => () => clearTimeout(pending.current ?? undefined), []);
  // Check-ins made at other desks arrive as 'remote-events' once sync has applied them.
  useLive(['checkin', 'checkin.undone', 'roster.imported', 'attendee.changed', 'remote-events'], later);
  useLive(['print.job'], queue.reload);
  useLive(['printers'], printers.reload);
  useLive(['event.changed', 'remote-events'], event.reload);

  const s = stats.data;
  const share = s && s.registered ? Math.round((s.checkedIn / s.registered) * 100) : 0;
  // Labels that fit the day shown: "still expected" today, "did not come" once the day is over.
  const when = !s || !today || s.day === today ? 'today' : s.day < today ? 'past' : 'future';
  return (
    <div className={styles.dashboard}>
      <div className={styles.bar}>
        <DayTabs days={event.data?.days ?? []} shown={s?.day} today={today} onShow={(day) => setChosenDay(day === today ? null : day)} />
        <ExportLists day={s?.day} />
      </div>
      <div className={styles.tiles}>
        <Tile label={t('dashboard.registered')} value={s?.registered} testId="stat-registered" />
        <Tile label={t(when === 'today' ? 'dashboard.checkedIn' : 'dashboard.checkedInThatDay')} value={s?.checkedIn} sub={s ? t('dashboard.share', { percent: share }) : ''} tone="ok" testId="stat-checked-in" />
        <Tile label={t(when === 'today' ? 'dashboard.expected' : when === 'past' ? 'dashboard.didNotCome' : 'dashboard.expectedThatDay')} value={s?.notCheckedIn} testId="stat-not-checked-in" />
        <Tile label={t('dashboard.cancelled')} value={s ? s.cancelled + s.blocked : undefined} tone="bad" />
      </div>
      {stats.error && <p className="error-text" role="alert">{stats.error}</p>}
      <DoubleAdmissions
        doubles={doubles.data ?? []}
        timeZone={event.data?.timeZone}
        onResolve={(checkinId) => void call('checkin.undo', { checkinId, reason: t('door.dash.resolveReason') }).then(later)}
      />
      <DoorDecisions decisions={decisions.data ?? []} timeZone={event.data?.timeZone} />
      <section className={`card ${styles.panel} ${styles.arrivals}`} aria-label={t('dashboard.arrivals')}>
        <h2 className={styles.panelTitle}>{t('dashboard.arrivals')} <span className="muted">{s?.day}</span></h2>
        <ArrivalsChart arrivals={s?.arrivalsPer15Min ?? []} today={when === 'today'} />
      </section>
      <Breakdown title={t('dashboard.byCategory')} rows={s?.byCategory ?? []} kind="category" />
      <Breakdown title={t('dashboard.byCountry')} rows={s?.byCountry ?? []} kind="country" />
      <MeetingsPanel timeZone={event.data?.timeZone} />
      <DeskPlanPanel day={s?.day} />
      <div className={styles.queue}>
        <PrintQueue actions={<BadgeBatch onQueued={queue.reload} />} jobs={queue.data ?? []} printers={printers.data ?? []} printersError={printers.error} timeZone={event.data?.timeZone} />
      </div>
      <SessionFill day={s?.day} timeZone={event.data?.timeZone} />
    </div>
  );
}

function Tile({ label, value, sub, tone, testId }: { label: string; value: number | undefined; sub?: string; tone?: 'ok' | 'bad'; testId?: string }) {
  return (
    <div className={`card ${styles.tile}`} data-tone={tone}>
      <span className={styles.tileLabel}>{label}</span>
      <span className={styles.tileValue} data-testid={testId}>{value ?? '—'}</span>
      {sub && <span className={styles.tileSub}>{sub}</span>}
    </div>
  );
}
