import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../api/client.ts';
import { useLive } from '../../api/live.ts';
import { useCall } from '../../api/useCall.ts';
import type { MethodInput } from '../../api/methods.ts';
import styles from './Setup.module.css';

/** The printers this desk can reach, which one prints badges and sheets, and a test page for each. */
export function PrintersPanel() {
  const { t } = useTranslation();
  const printers = useCall('printers.list', {});
  const rules = useCall('printers.rules', {});
  const [note, setNote] = useState<string | null>(null);
  useLive(['printers'], printers.reload);
  const test = async (printer: string): Promise<void> => {
    try {
      await call('printers.testPage', { printer });
      setNote(t('setup.printers.sent', { printer }));
    } catch (err) {
      setNote(errorMessage(err));
    }
  };
  const setRules = (patch: MethodInput<'printers.setRules'>): void => {
    call('printers.setRules', patch).then(rules.reload, (err: unknown) => setNote(errorMessage(err)));
  };
  const names = printers.data?.map((p) => p.name) ?? [];
  return (
    <div className={styles.form}>
      {printers.error && <p className="muted">{printers.error}</p>}
      {printers.data?.length === 0 && <p className="muted">{t('dashboard.noPrinters')}</p>}
      <ul className={styles.printerList}>
        {printers.data?.map((p) => (
          <li key={p.name}>
            <span>
              <strong>{p.name}</strong>
              {p.isDefault && <span className={styles.tag}>{t('dashboard.default')}</span>}
              <span className="muted"> · {t(`printerState.${p.state}`)}</span>
            </span>
            <button type="button" className="btn" onClick={() => void test(p.name)}>{t('setup.printers.test')}</button>
          </li>
        ))}
      </ul>
      {rules.data && (
        <div className={styles.pair}>
          {(['badgePrinter', 'sheetPrinter'] as const).map((key) => (
            <label key={key} className="field">
              <span>{t(`setup.printers.${key}`)}</span>
              <select className="input" value={rules.data?.[key] ?? ''} onChange={(e) => setRules({ [key]: e.target.value || null })} data-testid={key}>
                <option value="">{t('setup.printers.none')}</option>
                {[...new Set([...(rules.data?.[key] ? [rules.data[key]] : []), ...names])].map((n) => <option key={n} value={n}>{n}</option>)}
              </select>
            </label>
          ))}
        </div>
      )}
      {note && <p role="status" className={styles.saved}>{note}</p>}
      <button type="button" className="btn" onClick={printers.reload}>{t('setup.printers.refresh')}</button>
    </div>
  );
}
