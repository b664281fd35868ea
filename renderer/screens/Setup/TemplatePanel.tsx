import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../api/client.ts';
import { useCall } from '../../api/useCall.ts';
import { bytesFromBase64 } from '../../components/download.ts';
import { PdfPreview } from '../../components/PdfPreview.tsx';
import styles from './Setup.module.css';

/** Badge templates, with a preview of the highlighted one drawn from the PDF the printer gets. */
export function TemplatePanel() {
  const { t } = useTranslation();
  const templates = useCall('templates.list', {});
  const [chosen, setChosen] = useState<string | null>(null);
  const [pdf, setPdf] = useState<Uint8Array | null>(null);
  const [error, setError] = useState<string | null>(null);
  const selected = chosen ?? templates.data?.find((x) => x.selected)?.id ?? templates.data?.[0]?.id ?? null;

  useEffect(() => {
    if (!selected) return;
    const controller = new AbortController();
    call('templates.preview', { templateId: selected }, controller.signal)
      .then(({ base64 }) => {
        setPdf(bytesFromBase64(base64));
        setError(null);
      })
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setError(errorMessage(err));
      });
    return () => controller.abort();
  }, [selected]);

  const choose = async (id: string): Promise<void> => {
    setChosen(id);
    try {
      await call('templates.select', { templateId: id });
      templates.reload();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <div className={styles.templates}>
      <div className={styles.templateList} role="radiogroup" aria-label={t('setup.templates.title')}>
        {templates.error && <p className="muted">{templates.error}</p>}
        {templates.data?.map((tpl) => (
          <label key={tpl.id} className={styles.template} data-selected={tpl.id === selected}>
            <input type="radio" name="template" checked={tpl.id === selected} onChange={() => void choose(tpl.id)} />
            <span>
              <strong>{tpl.name}</strong>
              <span className="muted">{tpl.description}</span>
            </span>
          </label>
        ))}
      </div>
      <div className={styles.previewPane}>
        {error && <p className="muted">{error}</p>}
        {pdf && !error && <PdfPreview bytes={pdf} maxWidth={280} maxHeight={380} label={t('setup.templates.preview')} />}
        {!pdf && !error && selected && <p className="muted">{t('setup.templates.loading')}</p>}
      </div>
    </div>
  );
}
