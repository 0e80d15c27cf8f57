import { median } from '../stats/summary';

/**
 * A visitor's expected wait: the people ahead share the desks that serve, each taking the
 * median recent service time. Null until there is a service time to go by, so the kiosk
 * promises nothing it cannot back.
 */
export function estimateWaitMs(
  ahead: number,
  recentServiceTimesMs: readonly number[],
  servingDesks: number,
): number | null {
  const perVisit = median(recentServiceTimesMs);
  if (perVisit === null || servingDesks < 1) return null;
  return Math.round((ahead * perVisit) / servingDesks);
}
