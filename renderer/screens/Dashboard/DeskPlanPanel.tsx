import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../api/client.ts';
import { useLive } from '../../api/live.ts';
import { useCall } from '../../api/useCall.ts';
import type { MethodInput } from '../../api/methods.ts';
import { DeskPlanChart } from './DeskPlanChart.tsx';
import styles from './DeskPlan.module.css';

type Overrides = Omit<MethodInput<'plan.desks'>, 'day' | 'save'>;

/**
 * The desk-sizing advisor for the day shown: how many desks and printers keep the wait under the
 * target, the expected queue by time for 1..N desks, and once people came, what happened.
 */
export function DeskPlanPanel({ day }: { day: string | undefined }) {
  const { t } = useTranslation();
  const [overrides, setOverrides] = useState<Overrides>({});
  const [form, setForm] = useState<{ arrivals: string; opening: string; target: string; service: string } | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const plan = useCall('plan.desks', { day: day ?? '2000-01-01', ...overrides });
  useLive(['remote-events'], plan.reload);
  const p = plan.data;
  if (!day || !p) return null;
  const f = form ?? { arrivals: String(p.inputs.arrivals), opening: p.inputs.opening, target: String(p.inputs.targetSeconds / 60), service: p.inputs.serviceSeconds ? String(p.inputs.serviceSeconds) : '' };
  const read = (): Overrides => ({
    arrivals: Math.max(1, Math.round(Number(f.arrivals) || p.inputs.arrivals)), opening: /^\d{2}:\d{2}$/.test(f.opening) ? f.opening : p.inputs.opening,
    targetSeconds: Math.max(10, (Number(f.target) || 3) * 60), serviceSeconds: f.service.trim() ? Math.max(1, Number(f.service) || 30) : null,
  });
  const save = async (): Promise<void> => {
    try {
      await call('plan.desks', { day, ...read(), save: true });
      setNote(t('deskPlan.saved'));
      plan.reload();
    } catch (err) {
      setNote(errorMessage(err));
    }
  };
  const pct = Math.round(p.inputs.percentile * 100);
  const minutes = p.inputs.targetSeconds / 60;
  return (
    <section className={`card ${styles.panel}`} aria-label={t('deskPlan.title')} data-testid="desk-plan">
      <h2 className={styles.title}>{t('deskPlan.title')} {p.saved && <span className="muted">{t('deskPlan.savedPlan')}</span>}</h2>
      <form className={styles.form} onSubmit={(e) => { e.preventDefault(); setOverrides(read()); }}>
        <label>{t('deskPlan.arrivals')}<input className="input" inputMode="numeric" value={f.arrivals} onChange={(e) => setForm({ ...f, arrivals: e.target.value })} data-testid="plan-arrivals" /></label>
        <label>{t('deskPlan.opening')}<input className="input" value={f.opening} onChange={(e) => setForm({ ...f, opening: e.target.value })} /></label>
        <label>{t('deskPlan.target')}<input className="input" inputMode="decimal" value={f.target} onChange={(e) => setForm({ ...f, target: e.target.value })} /></label>
        <label>{t('deskPlan.service')}<input className="input" inputMode="numeric" value={f.service} placeholder={t('deskPlan.measured', { seconds: Math.round(p.plan.serviceSeconds) })} onChange={(e) => setForm({ ...f, service: e.target.value })} /></label>
        <button type="submit" className="btn">{t('deskPlan.compute')}</button>
        <button type="button" className="btn" onClick={() => void save()}>{t('deskPlan.save')}</button>
      </form>
      {note && <p className={styles.note} role="status">{note}</p>}
      <p className={styles.answer} data-testid="plan-answer">
        {p.plan.desks === null
          ? t('deskPlan.none', { percent: pct, minutes })
          : t('deskPlan.answer', { desks: p.plan.desks, printers: p.plan.printers ?? 0, percent: pct, minutes, share: (p.plan.withinTarget * 100).toFixed(1) })}
      </p>
      <p className={styles.model}>{t('deskPlan.model', { seconds: Math.round(p.plan.serviceSeconds) })} {p.plan.serviceSource}</p>
      <DeskPlanChart plan={p.plan} actual={p.actual} />
      {p.actual && (
        <p className={styles.actual} data-testid="plan-actual">
          {t('deskPlan.actual', {
            arrivals: p.actual.arrivals, planned: p.inputs.arrivals, desks: Math.max(0, ...p.actual.desksPerSlot),
            service: p.actual.serviceSeconds === null ? t('deskPlan.notMeasured') : `${Math.round(p.actual.serviceSeconds)} s`, share: (p.actual.withinTarget * 100).toFixed(1), minutes,
          })}
        </p>
      )}
    </section>
  );
}
