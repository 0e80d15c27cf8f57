import { averageWaiting } from '../../shared/report/lobby-wait';
import type { ReportSummary } from '../../shared/report/summary';

/** `waiting`: how many people waited on average in that hour; null for an hour not yet begun. */
export type HourBar = { hour: number; visitors: number; breaches: number; waiting: number | null };

// The usual office day, so a quiet morning still shows as a morning rather than a blank chart.
const FIRST_HOUR = 9;
const LAST_HOUR = 17;

/** The summary's hours, with the empty hours of the office day filled in. */
export function hourBars(
  summary: Pick<ReportSummary, 'hours' | 'from' | 'to' | 'asOf'> & { days?: ReportSummary['days'] },
): HourBar[] {
  const byHour = new Map(summary.hours.map((h) => [h.hour, h]));
  // Over a month, the average is of the days the office had visitors, not of its weekends.
  const openDays = summary.days?.map((d) => d.key.slice('day:'.length));
  const from = Math.min(FIRST_HOUR, ...byHour.keys());
  const to = Math.max(LAST_HOUR, ...byHour.keys());
  return Array.from({ length: to - from + 1 }, (_, i) => {
    const hour = from + i;
    const h = byHour.get(hour);
    return {
      hour,
      visitors: h?.visitors ?? 0,
      breaches: h?.attendBreaches ?? 0,
      waiting: averageWaiting(h?.waitingMs ?? 0, hour, summary, openDays),
    };
  });
}
