import { useTranslation } from 'react-i18next';
import { categoryColours } from '../../components/category.ts';
import styles from './Dashboard.module.css';

interface Props {
  readonly title: string;
  readonly rows: readonly { key: string; registered: number; checkedIn: number }[];
  readonly kind: 'category' | 'country';
  readonly limit?: number;
}

/** Checked in of registered, per category or country, as progress bars. */
export function Breakdown({ title, rows, kind, limit = 8 }: Props) {
  const { t } = useTranslation();
  const sorted = [...rows].sort((a, b) => b.registered - a.registered).slice(0, limit);
  return (
    <section className={`card ${styles.panel}`} aria-label={title}>
      <h2 className={styles.panelTitle}>{title}</h2>
      {sorted.length === 0 && <p className={styles.empty}>—</p>}
      <ul className={styles.bars}>
        {sorted.map((r) => {
          const label = kind === 'category' ? t(`category.${r.key}`, { defaultValue: r.key }) : r.key || t('dashboard.unknownCountry');
          const colour = kind === 'category' ? categoryColours(r.key).fg : 'var(--accent)';
          const share = r.registered ? r.checkedIn / r.registered : 0;
          return (
            <li key={r.key} className={styles.barRow}>
              <span className={styles.barLabel}>{label}</span>
              <span className={styles.track} aria-hidden="true">
                <span className={styles.fill} style={{ width: `${Math.round(share * 100)}%`, background: colour }} />
              </span>
              <span className={styles.barValue}>{r.checkedIn} / {r.registered}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
