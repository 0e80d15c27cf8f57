import type { HourSummary } from '../../shared/report/summary';

export type HourBar = { hour: number; visitors: number; breaches: number };

// The usual office day, so a quiet morning still shows as a morning rather than a blank chart.
const FIRST_HOUR = 9;
const LAST_HOUR = 17;

/** The summary's hours, with the empty hours of the office day filled in. */
export function hourBars(hours: readonly HourSummary[]): HourBar[] {
  const byHour = new Map(hours.map((h) => [h.hour, h]));
  const from = Math.min(FIRST_HOUR, ...byHour.keys());
  const to = Math.max(LAST_HOUR, ...byHour.keys());
  return Array.from({ length: to - from + 1 }, (_, i) => {
    const h = byHour.get(from + i);
    return { hour: from + i, visitors: h?.visitors ?? 0, breaches: h?.attendBreaches ?? 0 };
  });
}
