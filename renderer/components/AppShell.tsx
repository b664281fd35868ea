import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../api/useCall.ts';
import { useLive, useLiveState } from '../api/live.ts';
import { hrefOf, type Route } from '../routes.ts';
import { LanguageSelect } from './LanguageSelect.tsx';
import { HelpRequests } from './HelpRequests.tsx';
import { SyncChip } from './SyncChip.tsx';
import { RetentionReminder } from '../screens/Setup/RetentionReminder.tsx';
import styles from './AppShell.module.css';

const NAV: readonly Route[] = ['desk', 'kiosk', 'dashboard', 'door', 'matchmaking', 'setup'];

export function AppShell({ route, children }: { route: Route; children: ReactNode }) {
  const { t } = useTranslation();
  const event = useCall('event.get', {});
  // A desk that joins the network receives the event itself from the others.
  useLive(['event.changed', 'remote-events'], event.reload);
  const live = useLiveState();
  const settings = event.data;
  return (
    <div className={styles.shell}>
      <header className={styles.bar}>
        <div className={styles.brand}>
          <span className={styles.logo} aria-hidden="true">F</span>
          <div className={styles.brandText}>
            <span className={styles.product}>Foyer</span>
            <span className={styles.event}>{settings ? `${settings.name}${settings.venue ? ` · ${settings.venue}` : ''}` : t('shell.noEvent')}</span>
          </div>
        </div>
        <nav className={styles.nav} aria-label={t('shell.navigation')}>
          {NAV.map((r) => (
            <a key={r} href={hrefOf(r)} className={styles.link} aria-current={r === route ? 'page' : undefined}>
              {t(`nav.${r}`)}
            </a>
          ))}
        </nav>
        <div className={styles.tools}>
          <SyncChip timeZone={settings?.timeZone} />
          <span className={styles.live} data-state={live} role="status">
            <span className={styles.dot} aria-hidden="true" />
            {t(`shell.live.${live}`)}
          </span>
          <LanguageSelect />
        </div>
      </header>
      <HelpRequests />
      <RetentionReminder />
      {/* Focusable so keyboard users can scroll a long screen (dashboard, setup). */}
      <main className={styles.main} tabIndex={0}>{children}</main>
    </div>
  );
}
