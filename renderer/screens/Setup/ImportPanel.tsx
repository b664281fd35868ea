import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../api/client.ts';
import { useLive } from '../../api/live.ts';
import { useCall } from '../../api/useCall.ts';
import type { MethodInput, MethodOutput } from '../../api/methods.ts';
import { DropZone } from './DropZone.tsx';
import { ImportReport } from './ImportReport.tsx';
import { fileToBase64 } from './readFile.ts';
import styles from './Setup.module.css';

type Report = MethodOutput<'import.preview'>;
type Source = MethodInput<'import.preview'>;

/** The mapping an import that stopped suggests ('--map "Header=field"', as the CLI reads it), if any. */
function suggestedMapping(message: string): Record<string, string> | null {
  const pairs = [...message.matchAll(/--map "([^"=]+)=([A-Za-z]+)"/g)].map((m) => [m[1] as string, m[2] as string] as const);
  return pairs.length > 0 && /Suggested mapping/.test(message) ? Object.fromEntries(pairs) : null;
}

/**
 * Roster import: drop a file, and the core does a dry run (what would be added, updated, which
 * rows have problems); adjust the column mapping, then import for real.
 */
export function ImportPanel() {
  const { t } = useTranslation();
  const presets = useCall('import.presets', {});
  const [source, setSource] = useState<Source | null>(null);
  const [preview, setPreview] = useState<Report | null>(null);
  const [overrides, setOverrides] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<string | null>(null);
  const [result, setResult] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<Source | null>(null);
  const [preset, setPreset] = useState('');
  useLive(['import.progress'], (u) => {
    if (u.type === 'import.progress') setProgress(u.message);
  });

  const dryRun = async (next: Source, map: Record<string, string>): Promise<void> => {
    setBusy(true);
    setError(null);
    setPending(next);
    try {
      const entries = Object.entries(map).map(([header, field]) => `${header}=${field}`);
      setPreview(await call('import.preview', entries.length ? { ...next, map: entries } : next));
      setSource(next);
    } catch (err) {
      setPreview(null);
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const load = async (file: File): Promise<void> => {
    setResult(null);
    setOverrides({});
    const next: Source = { fileName: file.name, contentBase64: await fileToBase64(file) };
    await dryRun(preset ? { ...next, preset } : next, {});
  };

  const useSuggestion = (map: Record<string, string>): void => {
    if (!pending) return;
    const next = { ...overrides, ...map };
    setOverrides(next);
    void dryRun(pending, next);
  };

  const remap = (header: string, field: string): void => {
    if (!source) return;
    const next = { ...overrides, [header]: field };
    setOverrides(next);
    void dryRun(source, next);
  };

  const commit = async (): Promise<void> => {
    if (!source) return;
    setBusy(true);
    setProgress(t('setup.import.reading'));
    try {
      const map = Object.entries(overrides).map(([header, field]) => `${header}=${field}`);
      setResult(await call('import.commit', map.length ? { ...source, map } : source));
      setPreview(null);
      setSource(null);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  return (
    <div className={styles.importPanel}>
      {!preview && !busy && (
        <label className={styles.presetChoice}>
          <span>{t('setup.import.chooseSystem')}</span>
          <select className="input" value={preset} onChange={(e) => setPreset(e.target.value)} data-testid="import-preset-choice">
            <option value="">{t('setup.import.presetAuto')}</option>
            {(presets.data?.presets ?? []).map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </label>
      )}
      {!preview && !busy && <DropZone onFile={(f) => void load(f)} busy={busy} />}
      {error && <p className="error-text" role="alert" data-testid="import-error">{error}</p>}
      {error && suggestedMapping(error) && pending && (
        <button type="button" className="btn" onClick={() => useSuggestion(suggestedMapping(error) ?? {})} data-testid="import-use-suggestion">
          {t('setup.import.useSuggestion')}
        </button>
      )}
      {preview && (
        <div className={styles.preview} data-testid="import-preview">
          <ImportReport report={preview} targets={presets.data?.targets ?? []} onRemap={remap} />
          <div className={styles.actions}>
            <button type="button" className="btn" onClick={() => { setPreview(null); setSource(null); }}>{t('form.cancel')}</button>
            <button type="button" className="btn btn-primary" onClick={() => void commit()} disabled={busy || preview.outcome === 'rejected'} data-testid="import-commit">
              {t('setup.import.commit', { count: preview.rowsTotal - preview.skipped })}
            </button>
          </div>
        </div>
      )}
      {busy && (
        <div className={styles.progressBox}>
          <div className={styles.progress} data-indeterminate="true" role="progressbar" aria-label={t('setup.import.progress')} aria-valuetext={progress ?? ''}>
            <span />
          </div>
          {progress && <span className="muted">{progress}</span>}
        </div>
      )}
      {result && (
        <p className={styles.done} role="status" data-testid="import-result">
          ✓ {t('setup.import.result', { added: result.added, updated: result.updated, missing: result.missing })}
          {result.problems.length > 0 && ` · ${t('setup.import.problems', { count: result.problems.length })}`}
        </p>
      )}
    </div>
  );
}
