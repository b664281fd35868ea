import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendeeFields } from '../../../model/attendee.ts';
import { blankFields, CATEGORIES, composeDisplayName } from '../../../model/attendee-values.ts';
import { dayLabel } from '../../components/time.ts';
import styles from './Desk.module.css';

interface Props {
  /** A walk-in is registered with the basic fields; days and the attention flag are set by an edit. */
  readonly mode: 'walk-in' | 'edit';
  readonly initial?: AttendeeFields;
  readonly eventDays: readonly string[];
  readonly submitLabel: string;
  readonly onSubmit: (fields: AttendeeFields) => Promise<void>;
  readonly onCancel: () => void;
}

type TextField = 'firstName' | 'familyName' | 'organisation' | 'jobTitle' | 'country' | 'email';
const TEXT_FIELDS: readonly TextField[] = ['firstName', 'familyName', 'organisation', 'jobTitle', 'country', 'email'];

/** Walk-in registration and edit-before-print: the same fields, the same checks. */
export function AttendeeForm({ mode, initial, eventDays, submitLabel, onSubmit, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const [f, setF] = useState<AttendeeFields>(initial ?? blankFields(' '));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof AttendeeFields>(key: K, value: AttendeeFields[K]): void => setF((prev) => ({ ...prev, [key]: value }));
  const allDays = f.days === null;

  const toggleDay = (day: string, on: boolean): void => {
    const current = f.days ?? [...eventDays];
    const next = on ? [...new Set([...current, day])].sort() : current.filter((d) => d !== day);
    set('days', next.length === eventDays.length ? null : next);
  };

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const displayName = composeDisplayName(f.firstName.trim(), f.familyName.trim());
    if (!displayName) {
      setError(t('form.nameRequired'));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await onSubmit({ ...f, displayName });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setSaving(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} data-testid="attendee-form">
      <div className={styles.formGrid}>
        {TEXT_FIELDS.map((key) => (
          <label key={key} className="field">
            <span>{t(`form.${key}`)}</span>
            <input className="input" name={key} value={f[key]} onChange={(e) => set(key, e.target.value)} type={key === 'email' ? 'email' : 'text'} autoFocus={key === 'firstName'} />
          </label>
        ))}
        <label className="field">
          <span>{t('form.category')}</span>
          <select className="input" name="category" value={f.category} onChange={(e) => set('category', e.target.value)}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>{t(`category.${c}`)}</option>
            ))}
          </select>
        </label>
        {mode === 'edit' && (
        <fieldset className={styles.daysField}>
          <legend>{t('form.days')}</legend>
          {eventDays.map((d) => (
            <label key={d} className={styles.check}>
              <input type="checkbox" checked={allDays || (f.days ?? []).includes(d)} onChange={(e) => toggleDay(d, e.target.checked)} />
              {dayLabel(d, i18n.resolvedLanguage ?? 'en')}
            </label>
          ))}
        </fieldset>
        )}
      </div>
      <label className="field">
        <span>{t('form.notes')}</span>
        <textarea className="input" name="notes" rows={2} value={f.notes} onChange={(e) => set('notes', e.target.value)} />
      </label>
      {mode === 'edit' && (
      <label className={styles.check}>
        <input type="checkbox" name="attention" checked={f.attention} onChange={(e) => set('attention', e.target.checked)} />
        {t('form.attention')}
      </label>
      )}
      {mode === 'edit' && f.attention && (
      <label className="field">
        <span>{t('door.attentionNote')}</span>
        <input className="input" name="attentionNote" value={f.attentionNote ?? ''} maxLength={2000}
          onChange={(e) => set('attentionNote', e.target.value.trim() ? e.target.value : null)} placeholder={t('door.attentionNoteHint')} />
      </label>
      )}
      <label className={styles.check}>
        <input type="checkbox" name="publishConsent" checked={f.publishConsent ?? false} onChange={(e) => set('publishConsent', e.target.checked)} />
        {t('form.publishConsent')}
      </label>
      {error && <p className="error-text" role="alert">{error}</p>}
      <div className={styles.formActions}>
        <button type="button" className="btn" onClick={onCancel}>{t('form.cancel')}</button>
        <button type="submit" className="btn btn-primary" disabled={saving} data-testid="form-submit">{submitLabel}</button>
      </div>
    </form>
  );
}
