import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../api/methods.ts';
import styles from './Setup.module.css';

type Report = MethodOutput<'import.preview'>;
const PROBLEMS_SHOWN = 8;

/** Which registration system the file was read as, and why: chosen, or recognised from its columns. */
function presetText(report: Report, t: TFunction): string {
  const { how, headers } = report.presetBasis;
  if (how === 'chosen') return t('setup.import.presetChosen', { preset: report.preset });
  if (how === 'detected') return t('setup.import.presetDetected', { preset: report.preset, headers: headers.map((h) => `“${h}”`).join(', ') });
  return t('setup.import.presetGuessed');
}

/** The dry run of an import: how each column is read, what would change, and the rows to fix. */
export function ImportReport({ report, targets, onRemap }: { report: Report; targets: readonly string[]; onRemap: (header: string, field: string) => void }) {
  const { t } = useTranslation();
  const fieldLabel = (f: string): string => t(`field.${f}`, { defaultValue: f });
  return (
    <>
      <p className={styles.previewMeta}>
        <strong>{report.file}</strong> · {t('setup.import.rows', { count: report.rowsTotal })} · {report.format.toUpperCase()}
        {report.encoding && ` · ${report.encoding}`} · <span data-testid="import-preset">{presetText(report, t)}</span>
      </p>
      <ul className={styles.counts} aria-label={t('setup.import.wouldChange')}>
        <li data-tone="ok"><strong>{report.added}</strong> {t('setup.import.added')}</li>
        <li><strong>{report.updated}</strong> {t('setup.import.updated')}</li>
        <li><strong>{report.unchanged}</strong> {t('setup.import.unchanged')}</li>
        <li data-tone="warn"><strong>{report.missing}</strong> {t('setup.import.missing')}</li>
      </ul>
      <div className={styles.tableWrap}>
        <table className={styles.previewTable}>
          <thead>
            <tr>
              <th scope="col">{t('setup.import.column')}</th>
              <th scope="col">{t('setup.import.readAs')}</th>
            </tr>
          </thead>
          <tbody>
            {report.mapping.map((m) => (
              <tr key={m.column}>
                <td>{m.header}</td>
                <td>
                  <select className="input" aria-label={t('setup.import.mapColumn', { column: m.header })} value={m.field} onChange={(e) => onRemap(m.header, e.target.value)} data-testid="import-map">
                    {[...new Set([m.field, ...targets])].map((f) => (
                      <option key={f} value={f}>{fieldLabel(f)}</option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.warnings.map((w) => <p key={w} className={styles.warning}>{w}</p>)}
      {report.problems.length > 0 && (
        <div className={styles.problems} role="note" data-testid="import-problems">
          <strong>{t('setup.import.problems', { count: report.problems.length })}</strong>
          <ul>
            {report.problems.slice(0, PROBLEMS_SHOWN).map((p) => (
              <li key={`${p.line}-${p.message}`}>{t('setup.import.line', { line: p.line })}: {p.message}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
