import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../api/methods.ts';
import styles from './DeskPlan.module.css';

type View = MethodOutput<'plan.desks'>;

const W = 760;
const H = 260;
const STRIP = 74;
// Lines for the other numbers of desks, told apart by hue; the advised one is the accent, bold.
const HUES = ['#dc2626', '#ea580c', '#ca8a04', '#16a34a', '#0891b2', '#7c3aed', '#db2777', '#475569'];
const LEGEND_STEP = 82;
const PAD = { top: 30, right: 16, bottom: 24, left: 40 };
const hhmm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * Expected people waiting by time, one line per number of desks (the advised one bold), and under
 * it the arrivals per 5 minutes: planned (outline) and, once the day has check-ins, what came (filled)
 * with the queue the model gives for the desks that were open (dashed).
 */
export function DeskPlanChart({ plan, actual }: { plan: View['plan']; actual: View['actual'] }) {
  const { t } = useTranslation();
  const longest = Math.max(...plan.options.map((o) => o.queue.length), 1);
  const start = Math.min(plan.firstMinute, actual?.firstMinute ?? plan.firstMinute);
  const end = Math.max(plan.firstMinute + longest * 5, actual ? actual.firstMinute + Math.max(actual.queue.length, actual.perSlot.length) * 5 : 0);
  const chosen = plan.options.find((o) => o.desks === plan.desks) ?? plan.options.at(-1);
  // Lines for too few desks climb off the top: the scale follows the advised number (and what happened).
  const yMax = Math.max(5, Math.ceil(Math.max(...(chosen?.queue ?? [0]), ...(actual?.queue ?? [0])) * 2.5));
  const x = (minute: number): number => PAD.left + ((minute - start) / Math.max(5, end - start)) * (W - PAD.left - PAD.right);
  const y = (v: number): number => PAD.top + (H - PAD.top - PAD.bottom) * (1 - Math.min(v, yMax * 1.04) / yMax);
  const path = (first: number, values: readonly number[]): string =>
    values.map((v, i) => `${i === 0 ? 'M' : 'L'}${x(first + i * 5 + 2.5).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((k) => Math.round(yMax * k));
  const hours: number[] = [];
  for (let m = Math.ceil(start / 30) * 30; m <= end; m += 30) hours.push(m);
  const maxArrivals = Math.max(1, ...plan.arrivals, ...(actual?.perSlot ?? []));
  const slotW = Math.max(2, x(start + 5) - x(start) - 2);
  const sy = (v: number): number => H + STRIP - 4 - (v / maxArrivals) * (STRIP - 26);
  return (
    <svg viewBox={`0 0 ${W} ${H + STRIP}`} className={styles.chart} role="img" aria-label={t('deskPlan.chartLabel')} data-testid="desk-plan-chart">
      {ticks.map((v) => (
        <g key={v}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className={styles.grid} />
          <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" className={styles.axis}>{v}</text>
        </g>
      ))}
      {hours.map((m) => <text key={m} x={x(m)} y={H - 6} textAnchor="middle" className={styles.axis}>{hhmm(m)}</text>)}
      {plan.options.map((o, i) => {
        const advised = o.desks === plan.desks;
        const colour = advised ? undefined : HUES[i % HUES.length];
        return (
          <g key={o.desks} data-desks={o.desks}>
            <path d={path(plan.firstMinute, o.queue)} className={advised ? styles.lineChosen : styles.line} style={colour ? { stroke: colour } : undefined} />
            {/* The legend, along the top: one entry per line. */}
            <line x1={PAD.left + i * LEGEND_STEP} x2={PAD.left + i * LEGEND_STEP + 18} y1={10} y2={10} className={advised ? styles.lineChosen : styles.line} style={colour ? { stroke: colour } : undefined} />
            <text x={PAD.left + i * LEGEND_STEP + 24} y={14} className={advised ? styles.labelChosen : styles.label}>{t('deskPlan.desks', { count: o.desks })}</text>
          </g>
        );
      })}
      {actual && (
        <g data-testid="desk-plan-actual">
          <path d={path(actual.firstMinute, actual.queue)} className={styles.lineActual} />
          <line x1={PAD.left + plan.options.length * LEGEND_STEP} x2={PAD.left + plan.options.length * LEGEND_STEP + 18} y1={10} y2={10} className={styles.lineActual} />
          <text x={PAD.left + plan.options.length * LEGEND_STEP + 24} y={14} className={styles.label}>{t('deskPlan.actualLine')}</text>
        </g>
      )}
      <text x={PAD.left} y={H + 14} className={styles.axis}>{t('deskPlan.arrivalsStrip')}</text>
      {plan.arrivals.map((v, i) => <rect key={`p${i}`} x={x(plan.firstMinute + i * 5) + 1} y={sy(v)} width={slotW} height={H + STRIP - 4 - sy(v)} className={styles.planned} />)}
      {actual?.perSlot.map((v, i) => <rect key={`a${i}`} x={x(actual.firstMinute + i * 5) + 1 + slotW * 0.25} y={sy(v)} width={slotW * 0.5} height={H + STRIP - 4 - sy(v)} className={styles.came} />)}
    </svg>
  );
}
