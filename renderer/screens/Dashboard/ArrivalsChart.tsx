import { useTranslation } from 'react-i18next';
import styles from './Dashboard.module.css';

interface Props {
  readonly arrivals: readonly { slot: string; arrivals: number }[];
  /** Whether the day shown is today: an empty chart then says "yet". */
  readonly today: boolean;
}

const W = 720;
const H = 240;
const MAX_BAR = 36;
const PAD = { top: 16, right: 12, bottom: 28, left: 36 };

const minutesOf = (slot: string): number => {
  const [h, m] = slot.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};
const slotOf = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A round step (1, 2 or 5 times a power of ten) at least `raw`, so axis labels are evenly spaced whole numbers. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
}

/** First arrivals per 15 minutes, as bars; empty slots between the first and last arrival are shown as gaps. */
export function ArrivalsChart({ arrivals, today }: Props) {
  const { t } = useTranslation();
  if (arrivals.length === 0) return <p className={styles.empty}>{t(today ? 'dashboard.noArrivals' : 'dashboard.noArrivalsThatDay')}</p>;
  const counts = new Map(arrivals.map((a) => [minutesOf(a.slot), a.arrivals]));
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  const slots: number[] = [];
  for (let m = first - 15; m <= last + 15; m += 15) slots.push(m);
  const tickStep = niceStep(Math.max(...counts.values()) / 4);
  const max = Math.ceil(Math.max(...counts.values()) / tickStep) * tickStep;
  const step = (W - PAD.left - PAD.right) / slots.length;
  const y = (v: number): number => PAD.top + (H - PAD.top - PAD.bottom) * (1 - v / max);
  const labelEvery = Math.ceil(slots.length / 12);
  const ticks = Array.from({ length: max / tickStep + 1 }, (_, i) => i * tickStep);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className={styles.chart} role="img" aria-label={t('dashboard.arrivalsLabel', { count: arrivals.reduce((s, a) => s + a.arrivals, 0) })} data-testid="arrivals-chart">
      {ticks.map((v) => (
        <g key={v}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className={styles.grid} />
          <text x={PAD.left - 8} y={y(v) + 4} textAnchor="end" className={styles.axis}>{v}</text>
        </g>
      ))}
      {slots.map((m, i) => {
        const v = counts.get(m) ?? 0;
        const x = PAD.left + i * step;
        return (
          <g key={m}>
            {v > 0 && (
              <rect x={x + (step - Math.min(step * 0.76, MAX_BAR)) / 2} y={y(v)} width={Math.min(step * 0.76, MAX_BAR)} height={H - PAD.bottom - y(v)} rx={3} className={styles.bar}>
                <title>{`${slotOf(m)} · ${v}`}</title>
              </rect>
            )}
            {i % labelEvery === 0 && (
              <text x={x + step / 2} y={H - 8} textAnchor="middle" className={styles.axis}>{slotOf(m)}</text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
