import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../api/methods.ts';
import { timeAt } from '../../components/time.ts';
import styles from './DoorPanels.module.css';

type Decisions = MethodOutput<'checkin.decisions'>;

/** Who was admitted on staff's word today (a refusal overridden, an attention flag confirmed), by whom and why. */
export function DoorDecisions({ decisions, timeZone }: { decisions: Decisions; timeZone: string | undefined }) {
  const { t } = useTranslation();
  if (decisions.length === 0) return null;
  return (
    <section className={`card ${styles.panel}`} aria-labelledby="decisions-title" data-testid="door-decisions">
      <h2 className={styles.title} id="decisions-title">
        {t('door.dash.overrides')} <span className={styles.count}>{decisions.length}</span>
      </h2>
      <p className={styles.hint}>{t('door.dash.overridesHint')}</p>
      <ul className={styles.list}>
        {decisions.map((d) => (
          <li key={d.id} data-kind={d.kind} data-testid="door-decision">
            <span className={styles.time}>{timeAt(d.at, timeZone)}</span>
            <strong>{d.displayName}</strong>
            <span className={styles.kind} data-kind={d.kind}>
              {d.kind === 'override' ? `${t('door.dash.override')} · ${t(`door.rule.${d.refusal ?? ''}`, { defaultValue: d.refusal ?? '' })}` : t('door.dash.attention')}
            </span>
            <span className={styles.reason}>{d.reason}</span>
            <span className={styles.who}>{t('door.history.by', { desk: d.desk, operator: d.operator })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
