import type { Db } from '../../db/open.ts';

// Service times as Foyer sees them: at each desk, the time from one result to the next, when the
// desk was busy (a gap longer than IDLE_SECONDS means nobody was queuing, so it says nothing about
// the service). A gap is the next person's approach, scan or name search and result, plus the
// previous person's badge handover; its flow is "with badge print" when the previous result
// printed a badge, else "name search" when the next person was found by name, else "scan only".

export const FLOWS = ['scan', 'search', 'print'] as const;
export type Flow = (typeof FLOWS)[number];
const IDLE_SECONDS = 180;
// Nobody is served in under two seconds: closer results are a batch (a test, an import), not a queue.
const MIN_SECONDS = 2;

export interface FlowTime { readonly flow: Flow; readonly samples: number; readonly meanSeconds: number | null }
export interface MeasuredService {
  readonly flows: readonly FlowTime[];
  /** Mean over every sample: the flows in the proportions this event had. */
  readonly meanSeconds: number | null;
  readonly samples: number;
}

export function measuredServiceTimes(db: Db, day?: string): MeasuredService {
  const rows = db.prepare(
    `SELECT id, desk, at, method FROM checkins WHERE undone_at IS NULL ${day ? 'AND day = ?' : ''} ORDER BY desk, at`,
  ).all(...(day ? [day] : [])) as { id: string; desk: string; at: string; method: string }[];
  const printed = new Set(db.prepare(`SELECT checkin_id FROM print_jobs WHERE kind = 'badge' AND checkin_id IS NOT NULL`).pluck().all() as string[]);
  const sums = new Map<Flow, { n: number; total: number }>(FLOWS.map((f) => [f, { n: 0, total: 0 }]));
  for (let i = 1; i < rows.length; i++) {
    const prev = rows[i - 1] as (typeof rows)[number];
    const cur = rows[i] as (typeof rows)[number];
    if (prev.desk !== cur.desk) continue;
    const gap = (Date.parse(cur.at) - Date.parse(prev.at)) / 1000;
    if (gap < MIN_SECONDS || gap > IDLE_SECONDS) continue;
    const flow: Flow = printed.has(prev.id) ? 'print' : cur.method === 'id' ? 'search' : 'scan';
    const s = sums.get(flow) as { n: number; total: number };
    s.n++;
    s.total += gap;
  }
  const flows = FLOWS.map((flow) => {
    const s = sums.get(flow) as { n: number; total: number };
    return { flow, samples: s.n, meanSeconds: s.n > 0 ? s.total / s.n : null };
  });
  const n = flows.reduce((a, f) => a + f.samples, 0);
  const total = [...sums.values()].reduce((a, s) => a + s.total, 0);
  return { flows, samples: n, meanSeconds: n > 0 ? total / n : null };
}

/** "25s", "3m", "1m30s", "2.5m", "90" (seconds). */
export function parseSeconds(raw: string): number | null {
  const text = raw.trim().toLowerCase();
  const m = /^(?:(\d+(?:\.\d+)?)\s*m(?:in)?)?\s*(?:(\d+(?:\.\d+)?)\s*s?)?$/.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  const seconds = Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
  return seconds > 0 ? seconds : null;
}
