/**
 * Nearest-rank percentile (the value at rank ⌈p/100 · n⌉ of the sorted list): every figure it
 * reports is a real measured visit, which is what a printed compliance report should show.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** The median as the mean of the two middle values for an even count, as spreadsheets compute it. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Share of measurements at or under the target; null without a target or measurements. */
export function shareWithin(values: readonly number[], targetMs: number | null): number | null {
  if (targetMs === null || values.length === 0) return null;
  return values.filter((v) => v <= targetMs).length / values.length;
}
