import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../api/client.ts';
import type { ConferenceSettings } from '../../api/methods.ts';
import { fileToDataUrl } from './readFile.ts';
import styles from './Setup.module.css';

const ZONES = ['Europe/Bucharest', 'Europe/Stockholm', 'Europe/Brussels', 'Europe/Kyiv', 'Europe/London', 'Europe/Lisbon', 'UTC'];

function daysFrom(start: string, end: string): string[] {
  const days: string[] = [];
  for (let d = new Date(`${start}T12:00:00Z`); d <= new Date(`${end}T12:00:00Z`) && days.length < 31; d.setUTCDate(d.getUTCDate() + 1)) {
    days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

/** Name, venue, days, time zone and logo of the event. */
export function EventForm({ initial, onSaved }: { initial: ConferenceSettings | null; onSaved: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial?.name ?? '');
  const [venue, setVenue] = useState(initial?.venue ?? '');
  const [start, setStart] = useState(initial?.days[0] ?? '');
  const [end, setEnd] = useState(initial?.days.at(-1) ?? '');
  const [timeZone, setTimeZone] = useState(initial?.timeZone ?? 'Europe/Bucharest');
  const [logo, setLogo] = useState<string | null>(initial?.logo ?? null);
  const [retentionUntil, setRetentionUntil] = useState(initial?.retentionUntil ?? '');
  const [state, setState] = useState<{ kind: 'idle' | 'saved' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  useEffect(() => {
    if (!initial) return;
    setName(initial.name);
    setVenue(initial.venue);
    setStart(initial.days[0] ?? '');
    setEnd(initial.days.at(-1) ?? '');
    setTimeZone(initial.timeZone);
    setLogo(initial.logo);
    setRetentionUntil(initial.retentionUntil ?? '');
  }, [initial]);

  const save = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    try {
      await call('event.update', { name, venue, days: daysFrom(start, end || start), timeZone, logo, retentionUntil: retentionUntil || null });
      setState({ kind: 'saved' });
      onSaved();
    } catch (err) {
      setState({ kind: 'error', message: errorMessage(err) });
    }
  };

  const zones = ZONES.includes(timeZone) ? ZONES : [timeZone, ...ZONES];
  return (
    <form className={styles.form} onSubmit={(e) => void save(e)} data-testid="event-form">
      <label className="field"><span>{t('setup.event.name')}</span><input className="input" value={name} onChange={(e) => setName(e.target.value)} required /></label>
      <label className="field"><span>{t('setup.event.venue')}</span><input className="input" value={venue} onChange={(e) => setVenue(e.target.value)} /></label>
      <div className={styles.pair}>
        <label className="field"><span>{t('setup.event.start')}</span><input className="input" type="date" value={start} onChange={(e) => setStart(e.target.value)} required /></label>
        <label className="field"><span>{t('setup.event.end')}</span><input className="input" type="date" value={end} min={start} onChange={(e) => setEnd(e.target.value)} /></label>
      </div>
      <label className="field">
        <span>{t('setup.event.timeZone')}</span>
        <select className="input" value={timeZone} onChange={(e) => setTimeZone(e.target.value)}>
          {zones.map((z) => <option key={z} value={z}>{z}</option>)}
        </select>
      </label>
      <label className="field">
        <span>{t('setup.event.retention')}</span>
        <input className="input" type="date" value={retentionUntil} min={end || start} onChange={(e) => setRetentionUntil(e.target.value)} data-testid="retention-until" />
        <small className="muted">{t('setup.event.retentionHint')}</small>
      </label>
      <div className={styles.logoRow}>
        {logo ? <img src={logo} alt={t('setup.event.logo')} className={styles.logoPreview} /> : <span className={styles.logoEmpty}>{t('setup.event.noLogo')}</span>}
        <label className="btn">
          {t('setup.event.chooseLogo')}
          <input type="file" accept="image/png,image/jpeg,image/svg+xml" className="sr-only" onChange={(e) => { const f = e.target.files?.[0]; if (f) void fileToDataUrl(f).then(setLogo); }} />
        </label>
        {logo && <button type="button" className="btn" onClick={() => setLogo(null)}>{t('setup.event.removeLogo')}</button>}
      </div>
      <div className={styles.actions}>
        {state.kind === 'saved' && <span className={styles.saved} role="status">✓ {t('setup.saved')}</span>}
        {state.kind === 'error' && <span className="error-text" role="alert">{state.message}</span>}
        <button type="submit" className="btn btn-primary">{t('form.save')}</button>
      </div>
    </form>
  );
}
