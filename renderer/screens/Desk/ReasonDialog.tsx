import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog.tsx';
import styles from './Desk.module.css';

interface Props {
  readonly title: string;
  readonly explain: string;
  readonly submitLabel: string;
  readonly onSubmit: (reason: string) => Promise<void>;
  readonly onClose: () => void;
  readonly danger?: boolean;
}

/** Staff's reason for an override or an undo: required, and logged with who and where. */
export function ReasonDialog({ title, explain, submitLabel, onSubmit, onClose, danger = false }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const ok = reason.trim().length >= 3;
  const submit = async (e: React.FormEvent): Promise<void> => {
    e.preventDefault();
    if (!ok || busy) return;
    setBusy(true);
    try {
      await onSubmit(reason.trim());
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={title} onClose={onClose}>
      <form className={styles.form} onSubmit={(e) => void submit(e)} data-testid="reason-dialog">
        <p>{explain}</p>
        <label className="field">
          <span>{t('door.reason')}</span>
          <input className="input" name="reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} autoFocus required />
        </label>
        <div className={styles.formActions}>
          <button type="button" className="btn" onClick={onClose}>{t('form.cancel')}</button>
          <button type="submit" className={`btn ${danger ? 'btn-danger' : 'btn-primary'}`} disabled={!ok || busy} data-testid="reason-submit">{submitLabel}</button>
        </div>
      </form>
    </Dialog>
  );
}
