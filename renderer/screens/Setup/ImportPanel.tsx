import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../api/client.ts';
import { useLive } from '../../api/live.ts';
import type { MethodOutput } from '../../api/methods.ts';
import { DropZone } from './DropZone.tsx';
import { fileToBase64 } from './readFile.ts';
import styles from './Setup.module.css';

type Preview = MethodOutput<'import.preview'>;
type Result = MethodOutput<'import.commit'>;
interface Source { fileName: string; contentBase64: string }

const IGNORE = '';
const SAMPLE_ROWS = 5;
const PROBLEMS_SHOWN = 8;

/** Roster import: drop a file, check the columns and the problem rows, then import. */
export function ImportPanel() {
  const { t } = useTranslation();
  const [source, setSource] = useState<Source | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  useLive(['import.progress'], (u) => {
    if (u.type === 'import.progress') setProgress({ done: u.done, total: u.total });
  });

  const load = async (file: File): Promise<void> => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const next = { fileName: file.name, contentBase64: await fileToBase64(file) };
      const p = await call('import.preview', next);
      setSource(next);
      setPreview(p);
      setMapping(p.mapping);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const remap = async (column: string, target: string): Promise<void> => {
    if (!source) return;
    const next = { ...mapping, [column]: target };
    setMapping(next);
    try {
      setPreview(await call('import.preview', { ...source, mapping: next }));
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const commit = async (): Promise<void> => {
    if (!source || !preview) return;
    setBusy(true);
    setProgress({ done: 0, total: preview.rowsTotal });
    try {
      const r = await call('import.commit', { ...source, mapping });
      setProgress({ done: r.rowsTotal, total: r.rowsTotal });
      setResult(r);
      setPreview(null);
      setSource(null);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const percent = progress && progress.total ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <div className={styles.importPanel}>
      {!preview && <DropZone onFile={(f) => void load(f)} busy={busy} />}
      {error && <p className="error-text" role="alert">{error}</p>}
      {preview && source && (
        <div className={styles.preview} data-testid="import-preview">
          <p className={styles.previewMeta}>
            <strong>{source.fileName}</strong> · {t('setup.import.rows', { count: preview.rowsTotal })} · {preview.encoding} · {t('setup.import.delimiter', { d: preview.delimiter === '\t' ? 'TAB' : preview.delimiter })}
          </p>
          <div className={styles.tableWrap}>
            <table className={styles.previewTable}>
              <thead>
                <tr>
                  {preview.columns.map((c) => (
                    <th key={c} scope="col">
                      <span className={styles.colName}>{c}</span>
                      <select className="input" aria-label={t('setup.import.mapColumn', { column: c })} value={mapping[c] ?? IGNORE} onChange={(e) => void remap(c, e.target.value)}>
                        <option value={IGNORE}>{t('setup.import.ignore')}</option>
                        {preview.targets.map((target) => (
                          <option key={target} value={target}>{t(`field.${target}`, { defaultValue: target })}</option>
                        ))}
                      </select>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.sampleRows.slice(0, SAMPLE_ROWS).map((row, i) => (
                  <tr key={i}>{preview.columns.map((c) => <td key={c}>{row[c]}</td>)}</tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.problems.length > 0 && (
            <div className={styles.problems} role="note">
              <strong>{t('setup.import.problems', { count: preview.problems.length })}</strong>
              <ul>
                {preview.problems.slice(0, PROBLEMS_SHOWN).map((p) => (
                  <li key={`${p.line}-${p.message}`}>{t('setup.import.line', { line: p.line })}: {p.message}</li>
                ))}
              </ul>
            </div>
          )}
          <div className={styles.actions}>
            <button type="button" className="btn" onClick={() => { setPreview(null); setSource(null); }}>{t('form.cancel')}</button>
            <button type="button" className="btn btn-primary" onClick={() => void commit()} disabled={busy} data-testid="import-commit">
              {t('setup.import.commit', { count: preview.rowsTotal })}
            </button>
          </div>
        </div>
      )}
      {progress && (busy || result) && (
        <div className={styles.progress} role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={t('setup.import.progress')}>
          <span style={{ width: `${percent}%` }} />
        </div>
      )}
      {result && (
        <p className={styles.done} role="status" data-testid="import-result">
          {t('setup.import.result', { added: result.added, updated: result.updated, missing: result.missing })}
          {result.problems.length > 0 && ` · ${t('setup.import.problems', { count: result.problems.length })}`}
        </p>
      )}
    </div>
  );
}
