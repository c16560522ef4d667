/** Small timing helpers for the benchmarks: medians and 95th percentiles over many runs. */
import { performance } from 'node:perf_hooks';

export type Timing = { runs: number; medianMs: number; p95Ms: number };

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** Times `fn` `runs` times after `warmup` untimed runs. */
export function measure(fn: () => unknown, { runs = 200, warmup = 20 } = {}): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return summarize(times);
}

/** The median and 95th percentile of timings taken elsewhere. */
export function summarize(times: readonly number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return { runs: sorted.length, medianMs: percentile(sorted, 50), p95Ms: percentile(sorted, 95) };
}

export function formatTiming(label: string, t: Timing, budgetMs?: number): string {
  const verdict = budgetMs === undefined ? '' : t.p95Ms <= budgetMs ? `  ok (budget p95 ≤ ${budgetMs} ms)` : `  OVER BUDGET (p95 ≤ ${budgetMs} ms)`;
  return `${label.padEnd(48)} median ${t.medianMs.toFixed(3).padStart(8)} ms   p95 ${t.p95Ms.toFixed(3).padStart(8)} ms${verdict}`;
}
