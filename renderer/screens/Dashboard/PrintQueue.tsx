import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import type { MethodOutput, PrintJobView } from '../../api/methods.ts';
import { timeAt } from '../../components/time.ts';
import styles from './Dashboard.module.css';

type Printer = MethodOutput<'printers.list'>[number];

interface Props {
  readonly jobs: readonly PrintJobView[];
  readonly printers: readonly Printer[];
  readonly printersError: string | null;
  readonly timeZone: string | undefined;
  /** Queue-wide actions shown under the title (the badge batch). */
  readonly actions?: ReactNode;
}

const VISIBLE_JOBS = 12;

/** Printers and their state, then the latest jobs with retry/cancel. */
export function PrintQueue({ jobs, printers, printersError, timeZone, actions }: Props) {
  const { t } = useTranslation();
  const latest = [...jobs].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, VISIBLE_JOBS);
  return (
    <section className={`card ${styles.panel}`} aria-label={t('dashboard.printing')} data-testid="print-queue">
      <h2 className={styles.panelTitle}>{t('dashboard.printing')}</h2>
      {actions}
      <ul className={styles.printers}>
        {printersError && <li className={styles.empty}>{printersError}</li>}
        {!printersError && printers.length === 0 && <li className={styles.empty}>{t('dashboard.noPrinters')}</li>}
        {printers.map((p) => (
          <li key={p.name} className={styles.printer} data-state={p.state}>
            <span className={styles.printerDot} aria-hidden="true" />
            <strong>{p.name}</strong>
            {p.isDefault && <span className={styles.tag}>{t('dashboard.default')}</span>}
            <span className={styles.printerState}>{t(`printerState.${p.state}`)}{p.message ? ` · ${p.message}` : ''}</span>
          </li>
        ))}
      </ul>
      <table className={styles.jobs}>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.job')}</th>
            <th scope="col">{t('dashboard.printer')}</th>
            <th scope="col">{t('dashboard.state')}</th>
            <th scope="col">{t('dashboard.time')}</th>
            <th scope="col"><span className="sr-only">{t('dashboard.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {latest.length === 0 && (
            <tr><td colSpan={5} className={styles.empty}>{t('dashboard.noJobs')}</td></tr>
          )}
          {latest.map((j) => (
            <tr key={j.id} data-testid="print-job" data-kind={j.kind} data-state={j.state}>
              <td>{t(`jobKind.${j.kind}`)}</td>
              <td>{j.printer}</td>
              <td><span className={styles.jobState} data-state={j.state}>{t(`jobState.${j.state}`)}</span>{j.lastError && <span className={styles.jobError}> {j.lastError}</span>}</td>
              <td>{timeAt(j.createdAt, timeZone)}</td>
              <td>
                <div className={styles.jobActions}>
                {j.state === 'failed' && <button type="button" className="btn" onClick={() => void call('print.retry', { jobId: j.id })}>{t('dashboard.retry')}</button>}
                {(j.state === 'queued' || j.state === 'failed') && <button type="button" className="btn" onClick={() => void call('print.cancel', { jobId: j.id })}>{t('dashboard.cancel')}</button>}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
