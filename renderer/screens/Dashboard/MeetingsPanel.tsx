import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../api/client.ts';
import { useLive } from '../../api/live.ts';
import { useCall } from '../../api/useCall.ts';
import { offerDownload } from '../../components/download.ts';
import { timeAt } from '../../components/time.ts';
import styles from './Meetings.module.css';

const ORGS_SHOWN = 8;
const NO_SHOWS_SHOWN = 12;

/** Matchmaking: held / scheduled / cancelled, by sector and organisation, the meetings not held with contacts. */
export function MeetingsPanel({ timeZone }: { timeZone: string | undefined }) {
  const { t } = useTranslation();
  const report = useCall('meetings.report', {});
  useLive(['meeting.held', 'remote-events'], report.reload);
  const [note, setNote] = useState<string | null>(null);
  const r = report.data;
  if (!r || r.totals.scheduled + r.totals.cancelled === 0) return null;
  const save = async (format: 'xlsx' | 'csv'): Promise<void> => {
    try {
      const file = await call('meetings.exportReport', { format });
      offerDownload(file);
      setNote(t('dashboard.lists.done', { count: file.rows, file: file.fileName }));
    } catch (err) {
      setNote(errorMessage(err));
    }
  };
  const tot = r.totals;
  const share = (held: number, scheduled: number): string => `${scheduled ? Math.round((held / scheduled) * 100) : 0}%`;
  return (
    <section className={`card ${styles.panel}`} aria-label={t('meetingsPanel.title')} data-testid="meetings-panel">
      <div className={styles.head}>
        <h2 className={styles.title}>{t('meetingsPanel.title')}</h2>
        <div className={styles.actions}>
          <button type="button" className="btn" onClick={() => void save('xlsx')} data-testid="meetings-export">{t('meetingsPanel.export')}</button>
          <button type="button" className="btn" onClick={() => void save('csv')}>CSV</button>
        </div>
      </div>
      {note && <p className={styles.note} role="status">{note}</p>}
      <div className={styles.figures}>
        <Figure label={t('meetingsPanel.held')} value={tot.held} sub={share(tot.held, tot.scheduled)} tone="ok" testId="meetings-held" />
        <Figure label={t('meetingsPanel.scheduled')} value={tot.scheduled} sub={t('meetingsPanel.upcoming', { count: tot.upcoming })} />
        <Figure label={t('meetingsPanel.notHeld')} value={tot.noShow} tone="warn" />
        <Figure label={t('meetingsPanel.cancelled')} value={tot.cancelled} tone="bad" />
      </div>
      <div className={styles.columns}>
        <Bars title={t('meetingsPanel.bySector')} rows={r.bySector.map((s) => ({ label: s.sector, held: s.held, scheduled: s.scheduled }))} />
        <Bars title={t('meetingsPanel.byOrganisation')} rows={r.byOrganisation.slice(0, ORGS_SHOWN).map((s) => ({ label: s.organisation, held: s.held, scheduled: s.scheduled }))} />
      </div>
      {r.noShows.length > 0 && (
        <>
          <h3 className={styles.subtitle}>{t('meetingsPanel.noShows', { count: r.totals.noShow })}</h3>
          <table className={styles.table}>
            <tbody>
              {r.noShows.slice(0, NO_SHOWS_SHOWN).map((m) => (
                <tr key={m.id}>
                  <td className={styles.when}>{timeAt(m.startsAt, timeZone)} · {m.location}</td>
                  {[m.a, m.b].map((p, i) => (
                    <td key={i}>
                      <strong>{p.label}</strong>{!p.present && <span className={styles.absent}> {t('meetingsPanel.absent')}</span>}
                      <div className={styles.contacts}>{p.people.map((x) => x.email || x.name).join(', ')}</div>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function Figure({ label, value, sub, tone, testId }: { label: string; value: number; sub?: string; tone?: 'ok' | 'warn' | 'bad'; testId?: string }) {
  return (
    <div className={styles.figure} data-tone={tone}>
      <span className={styles.figureLabel}>{label}</span>
      <span className={styles.figureValue} data-testid={testId}>{value}</span>
      {sub && <span className={styles.figureSub}>{sub}</span>}
    </div>
  );
}

function Bars({ title, rows }: { title: string; rows: { label: string; held: number; scheduled: number }[] }) {
  const max = Math.max(1, ...rows.map((r) => r.scheduled));
  return (
    <div>
      <h3 className={styles.subtitle}>{title}</h3>
      <ul className={styles.bars}>
        {rows.map((r) => (
          <li key={r.label} className={styles.barRow}>
            <span className={styles.barLabel} title={r.label}>{r.label}</span>
            <span className={styles.track} style={{ width: `${(r.scheduled / max) * 100}%` }}>
              <span className={styles.fill} style={{ width: `${r.scheduled ? (r.held / r.scheduled) * 100 : 0}%` }} />
            </span>
            <span className={styles.barValue}>{r.held} / {r.scheduled}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
