// Shared benchmark helpers: each feature's bench module exports `bench(): Promise<BenchSection>`,
// and test/bench/run.ts prints every section (or --json). Baselines are measured in the same run.

export interface BenchRow {
  readonly name: string;
  /** Milliseconds unless `unit` says otherwise. */
  readonly p50?: number;
  readonly p95?: number;
  readonly p99?: number;
  readonly value?: number;
  readonly unit?: string;
  /** Name of the baseline row this one is compared with (ratio printed). */
  readonly baseline?: string;
  readonly goal?: string;
}

export interface BenchSection {
  readonly title: string;
  readonly rows: readonly BenchRow[];
}

export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const i = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[i] as number;
}

/** Times `fn` `iterations` times after `warmup` untimed runs; returns p50/p95/p99 in ms. */
export async function timeIt(
  fn: (i: number) => unknown,
  iterations: number,
  warmup = Math.min(50, iterations),
): Promise<{ p50: number; p95: number; p99: number }> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = process.hrtime.bigint();
    await fn(i);
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99) };
}

/**
 * Times several functions in alternation (a, b, a, b, …), so that a baseline and the thing it is
 * compared with see the same machine: background load then skews both alike.
 */
export async function timeInterleaved(
  fns: Readonly<Record<string, (i: number) => unknown>>,
  iterations: number,
  warmup = Math.min(50, iterations),
): Promise<Record<string, { p50: number; p95: number; p99: number }>> {
  const names = Object.keys(fns);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < warmup + iterations; i++) {
    for (const name of names) {
      const t0 = process.hrtime.bigint();
      await (fns[name] as (i: number) => unknown)(i);
      if (i >= warmup) samples[name]?.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  return Object.fromEntries(
    names.map((n) => {
      const s = (samples[n] ?? []).sort((a, b) => a - b);
      return [n, { p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99) }];
    }),
  );
}
