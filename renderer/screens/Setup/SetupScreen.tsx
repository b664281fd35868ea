import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/useCall.ts';
import { ImportPanel } from './ImportPanel.tsx';
import { EventForm } from './EventForm.tsx';
import { TemplatePanel } from './TemplatePanel.tsx';
import { PrintersPanel } from './PrintersPanel.tsx';
import { PinPanel } from './PinPanel.tsx';
import styles from './Setup.module.css';

/** Before the doors open: the event, the roster, the badge, the printers, the PIN. */
export function SetupScreen() {
  const { t } = useTranslation();
  const event = useCall('event.get', {});
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
      </Section>
      <Section id="printers" title={t('setup.printers.title')}>
        <PrintersPanel />
      </Section>
      <Section id="pin" title={t('setup.pin.title')} hint={t('setup.pin.hint')}>
        <PinPanel />
      </Section>
    </div>
  );
}

function Section({ id, title, hint, wide = false, children }: { id: string; title: string; hint?: string; wide?: boolean; children: ReactNode }) {
  return (
    <section className={`card ${styles.section}`} data-wide={wide} aria-labelledby={`setup-${id}`}>
      <header className={styles.sectionHead}>
        <h2 id={`setup-${id}`}>{title}</h2>
        {hint && <p className="muted">{hint}</p>}
      </header>
      {children}
    </section>
  );
}
