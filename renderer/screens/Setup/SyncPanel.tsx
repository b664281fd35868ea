import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../api/client.ts';
import { useCall } from '../../api/useCall.ts';
import { type SyncView, syncStateOf, useSyncStatus } from '../../api/useSyncStatus.ts';
import { timeAt } from '../../components/time.ts';
import styles from './Setup.module.css';

/** Desks on the network: the hub's address, this desk's name and the hub's token; connect or disconnect. */
export function SyncPanel({ timeZone }: { timeZone: string | undefined }) {
  const { status, error } = useSyncStatus();
  // The desk name the core already records for this desk: a sensible default for a first connect.
  const rules = useCall('printers.rules', {});
  if (!status) return error ? <p className="error-text">{error}</p> : null;
  if (rules.loading) return null;
  return <SyncForm status={status} defaultDesk={rules.data?.desk ?? ''} timeZone={timeZone} />;
}

function SyncForm({ status, defaultDesk, timeZone }: { status: SyncView; defaultDesk: string; timeZone: string | undefined }) {
  const { t } = useTranslation();
  const [servers, setServers] = useState(status.servers.join(', '));
  const [desk, setDesk] = useState(status.desk ?? defaultDesk);
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  // Only failures need a note: the status line below says what a connect or disconnect did.
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>): Promise<void> => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
      setToken('');
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const connect = (e: FormEvent): void => {
    e.preventDefault();
    // An empty token field keeps the one saved with the last connect.
    void run(() => call('sync.configure', { servers, desk, ...(token.trim() ? { token } : {}) }));
  };
  const state = syncStateOf(status);
  return (
    <form className={styles.form} onSubmit={connect} data-testid="sync-form">
      <div className={styles.pair}>
        <label className="field">
          <span>{t('sync.setup.servers')}</span>
          <input className="input" value={servers} onChange={(e) => setServers(e.target.value)} placeholder="nats://192.168.1.10:4222" required data-testid="sync-servers" aria-describedby="sync-servers-hint" />
          <small id="sync-servers-hint" className="muted">{t('sync.setup.serversHint')}</small>
        </label>
        <label className="field">
          <span>{t('sync.setup.desk')}</span>
          <input className="input" value={desk} onChange={(e) => setDesk(e.target.value)} placeholder="Desk 2" maxLength={80} required data-testid="sync-desk" />
        </label>
      </div>
      <label className="field">
        <span>{t('sync.setup.token')}</span>
        <input className="input" type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} placeholder={status.configured ? t('sync.setup.tokenKeep') : ''} data-testid="sync-token" />
      </label>
      {status.fingerprint && (
        <p className="muted" data-testid="sync-fingerprint">
          <strong>{t('sync.setup.fingerprint')}:</strong>{' '}
          <span className={styles.fingerprint}>{status.fingerprint.match(/.{1,4}/g)?.join(' ')}</span>
          <br />
          <small>{t('sync.setup.fingerprintHint')}</small>
        </p>
      )}
      <div className={styles.syncState} data-state={state} role="status" data-testid="sync-state">
        <strong>{t('sync.setup.state')}:</strong>{' '}
        {state === 'single' ? t('sync.setup.notConfigured')
          : state === 'stopped' ? t('sync.setup.stopped')
          : state === 'connected' ? t('sync.setup.connectedTo', { server: status.server ?? '' })
          : state === 'hubEmpty' ? t(status.hub === 'no-stream' ? 'sync.setup.noStream' : 'sync.setup.hubEmpty', { server: status.server ?? '' })
          : state === 'restoring' ? t('sync.setup.restoring', { count: status.restoring })
          : status.offlineSince ? t('sync.setup.offlineSince', { time: timeAt(status.offlineSince, timeZone) })
          : t('sync.setup.offline')}
        {status.configured && status.waitingToSend > 0 && <span> · {t('sync.setup.waiting', { count: status.waitingToSend })}</span>}
        {status.failedEvents > 0 && <span className="error-text"> · {t('sync.setup.failed', { count: status.failedEvents })}</span>}
      </div>
      {status.lastError && state !== 'connected' && state !== 'single' && (
        <p className={styles.syncError} data-testid="sync-error">
          {t('sync.setup.lastError')}: {status.lastError}{status.lastErrorAt ? ` (${timeAt(status.lastErrorAt, timeZone)})` : ''}
        </p>
      )}
      <div className={styles.actions}>
        {problem && <span className="error-text" role="alert" data-testid="sync-problem">{problem}</span>}
        {status.running && (
          <button type="button" className="btn" disabled={busy} onClick={() => void run(() => call('sync.stop', {}))} data-testid="sync-disconnect">
            {t('sync.setup.disconnect')}
          </button>
        )}
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="sync-connect">
          {status.running ? t('sync.setup.reconnect') : t('sync.setup.connect')}
        </button>
      </div>
    </form>
  );
}
