import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../api/client.ts';
import { useLive } from '../../api/live.ts';
import type { MethodOutput } from '../../api/methods.ts';
import { useCall } from '../../api/useCall.ts';
import styles from './Setup.module.css';

/**
 * Personal data: encrypted or not, kept until when, and the purge after the event. The purge asks
 * for the event's name typed in full: it erases the roster on every desk and cannot be undone.
 */
export function PurgePanel({ eventName }: { eventName: string | undefined }) {
  const { t } = useTranslation();
  const status = useCall('privacy.status', {});
  useLive(['event.changed', 'remote-events'], status.reload);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: true; value: MethodOutput<'privacy.purge'> } | { ok: false; text: string } | null>(null);
  const s = status.data;
  const matches = eventName !== undefined && typed === eventName;

  const purge = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!matches) return;
    setBusy(true);
    try {
      setResult({ ok: true, value: await call('privacy.purge', { confirm: typed }) });
      setTyped('');
      status.reload();
    } catch (err) {
      setResult({ ok: false, text: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={(e) => void purge(e)} data-testid="purge-panel">
      {s && (
        <ul className={styles.privacyFacts}>
          <li data-tone={s.encrypted ? 'ok' : 'plain'}>{t(s.encrypted ? 'privacy.encrypted' : 'privacy.notEncrypted')}</li>
          <li data-tone={s.overdue ? 'warn' : 'plain'} data-testid="retention-state">
            {s.overdue ? t('privacy.overdue', { day: s.retentionUntil }) : s.retentionUntil ? t('privacy.keptUntil', { day: s.retentionUntil }) : t('privacy.noRetention')}
          </li>
          <li>{s.purgedAt ? t('privacy.purgedAt', { time: new Date(s.purgedAt).toLocaleString() }) : t('privacy.people', { count: s.people })}</li>
        </ul>
      )}
      <p className={styles.purgeExplain}>{t('privacy.explain')}</p>
      <label className="field">
        <span>{t('privacy.confirmLabel', { name: eventName ?? '' })}</span>
        <input className="input" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false} data-testid="purge-confirm" />
      </label>
      <div className={styles.actions}>
        {result?.ok === true && (
          <span className={styles.saved} role="status">
            {result.value.purged
              ? t('privacy.done', { people: result.value.people, checkins: result.value.checkins, files: result.value.files, kept: result.value.keptCheckins })
              : t('privacy.nothing')}
          </span>
        )}
        {result?.ok === false && <span className="error-text" role="alert">{result.text}</span>}
        <button type="submit" className={`btn ${styles.danger}`} disabled={!matches || busy} data-testid="purge-submit">{t('privacy.purge')}</button>
      </div>
    </form>
  );
}
