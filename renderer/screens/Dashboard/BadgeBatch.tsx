import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../api/client.ts';
import styles from './DoorPanels.module.css';

/**
 * Pre-prints the badges of everyone who has none, through this desk's print queue: each job is
 * that person's badge, so their check-in later prints no second one.
 */
export function BadgeBatch({ onQueued }: { onQueued: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async (): Promise<void> => {
    setBusy(true);
    setNote(null);
    try {
      const r = await call('print.batch', {});
      setNote({ ok: true, text: t('door.dash.batchDone', r) });
      onQueued();
    } catch (err) {
      setNote({ ok: false, text: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.batch} aria-label={t('door.dash.batchTitle')}>
      <button type="button" className="btn" onClick={() => void run()} disabled={busy} data-testid="badge-batch">{t('door.dash.batch')}</button>
      {note && <span className={note.ok ? 'muted' : 'error-text'} role="status" data-testid="badge-batch-note">{note.text}</span>}
    </div>
  );
}
