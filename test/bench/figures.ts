// How the benchmarks print what they measured: latency percentiles and ratios to a baseline.

/** The p-th percentile (nearest rank) of `values`, which need not be sorted. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** "p50 0.412 ms, p99 1.203 ms, max 7.551 ms". */
export function summarize(ms: readonly number[]): string {
  return `p50 ${percentile(ms, 50).toFixed(3)} ms, p99 ${percentile(ms, 99).toFixed(3)} ms, max ${Math.max(...ms).toFixed(3)} ms`;
}

export function ratio(value: number, baseline: number): string {
  return (value / baseline).toFixed(2);
}
