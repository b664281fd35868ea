import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/useCall.ts';
import { ImportPanel } from './ImportPanel.tsx';
import { EventForm } from './EventForm.tsx';
import { TemplatePanel } from './TemplatePanel.tsx';
import { PrintersPanel } from './PrintersPanel.tsx';
import { PinPanel } from './PinPanel.tsx';
import { SyncPanel } from './SyncPanel.tsx';
import { DesignerScreen } from '../Designer/DesignerScreen.tsx';
import { OpenDesignerLink } from '../Designer/OpenDesignerLink.tsx';
import { useDesignerRoute } from '../Designer/route.ts';
import { PurgePanel } from './PurgePanel.tsx';
import styles from './Setup.module.css';

/** Before the doors open: the event, the roster, the badge, the printers, the other desks, the PIN. */
export function SetupScreen() {
  const { t } = useTranslation();
  const event = useCall('event.get', {});
  if (useDesignerRoute()) return <DesignerScreen />;
  return (
    <div className={styles.setup}>
      <Section id="import" title={t('setup.import.title')} hint={t('setup.import.hint')} wide>
        <ImportPanel />
      </Section>
      <Section id="event" title={t('setup.event.title')}>
        {!event.loading && <EventForm initial={event.data ?? null} onSaved={event.reload} />}
      </Section>
      <Section id="templates" title={t('setup.templates.title')}>
        <TemplatePanel />
        <OpenDesignerLink />
      </Section>
      <Section id="printers" title={t('setup.printers.title')}>
        <PrintersPanel />
      </Section>
      <Section id="sync" title={t('sync.setup.title')} hint={withCode(t('sync.setup.hint'))}>
        <SyncPanel timeZone={event.data?.timeZone} />
      </Section>
      <Section id="pin" title={t('setup.pin.title')} hint={t('setup.pin.hint')}>
        <PinPanel />
      </Section>
      <Section id="privacy" title={t('privacy.title')} hint={t('privacy.hint')}>
        <PurgePanel eventName={event.data?.name} />
      </Section>
    </div>
  );
}

/** "Run `foyer hub` …" with the command set as code. */
const withCode = (text: string): ReactNode =>
  text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));

function Section({ id, title, hint, wide = false, children }: { id: string; title: string; hint?: ReactNode; wide?: boolean; children: ReactNode }) {
  return (
    <section className={`card ${styles.section}`} data-wide={wide} aria-labelledby={`setup-${id}`}>
      <header className={styles.sectionHead}>
        <h2 id={`setup-${id}`}>{title}</h2>
        {hint && <p className={`muted ${styles.hint}`}>{hint}</p>}
      </header>
      {children}
    </section>
  );
}
