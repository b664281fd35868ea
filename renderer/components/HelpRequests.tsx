import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useLive, useLiveState } from '../api/live.ts';
import type { MethodOutput } from '../api/methods.ts';
import { useCall } from '../api/useCall.ts';
import { timeAt } from './time.ts';
import styles from './HelpRequests.module.css';

type Flag = MethodOutput<'help.list'>[number];

/** A kiosk user pressed Help: every staff screen shows it until someone goes over and clears it. */
export function HelpRequests() {
  const { t } = useTranslation();
  const [flags, setFlags] = useState<Flag[]>([]);
  // Times in the venue's time zone, whatever the clock of the machine showing them.
  const timeZone = useCall('event.get', {}).data?.timeZone;
  const upsert = (flag: Flag): void => setFlags((all) => [...all.filter((f) => f.id !== flag.id), flag].filter((f) => !f.clearedAt));

  // Load the list each time the live stream (re)connects, so a flag raised while it was down is not
  // missed, and when events arrive from other desks (a kiosk running its own Foyer raises flags there).
  const live = useLiveState();
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (live !== 'live') return;
    // A list asked for before an update arrived must not overwrite it: only the latest request counts.
    let latest = true;
    call('help.list', {})
      .then((all) => {
        if (latest) setFlags(all.filter((f) => !f.clearedAt));
      })
      .catch(() => undefined);
    return () => {
      latest = false;
    };
  }, [live, generation]);
  useLive(['help', 'remote-events'], (u) => {
    if (u.type === 'help') upsert(u.flag);
    setGeneration((g) => g + 1);
  });

  if (flags.length === 0) return null;
  return (
    <div className={styles.strip} role="alert" data-testid="help-requests">
      {flags.map((f) => (
        <div key={f.id} className={styles.flag}>
          <span className={styles.icon} aria-hidden="true">?</span>
          <strong>{t('help.needed', { station: f.station })}</strong>
          <span className={styles.when} data-testid="help-time">{timeAt(f.raisedAt, timeZone)}{f.message ? ` · ${f.message}` : ''}</span>
          <button type="button" className={styles.clear} onClick={() => void call('help.clear', { id: f.id }).then(upsert)}>
            {t('help.onMyWay')}
          </button>
        </div>
      ))}
    </div>
  );
}
