import type { BreachForecast } from '../forecast/breach-forecast';
import { median } from '../stats/summary';

/**
 * How well the breach forecast did: of its warnings, how many came before a breach, were acted on
 * (more desks, no breach), or were given for nothing; and how many breaches came unwarned.
 */
export type ForecastAccuracy = {
  warnings: number;
  warnedBeforeBreach: number;
  averted: number;
  forNothing: number;
  /** Warnings not closed yet (today's, while the queue is still long). */
  open: number;
  unwarnedBreaches: number;
  /** Breaches a warning came before, of all breaches; null without a breach. */
  breachesWarnedShare: number | null;
  /** From warning to breach, for the breaches a warning came before. */
  medianLeadMs: number | null;
};

export type ForecastReport = { total: ForecastAccuracy; days: (ForecastAccuracy & { day: string })[] };

function accuracyOf(records: readonly BreachForecast[]): ForecastAccuracy {
  const count = (outcome: BreachForecast['outcome']) => records.filter((r) => r.outcome === outcome).length;
  const warned = records.filter((r) => r.outcome === 'breached');
  const unwarned = count('unwarned');
  const breaches = warned.length + unwarned;
  return {
    warnings: records.filter((r) => r.outcome !== 'unwarned').length,
    warnedBeforeBreach: warned.length,
    averted: count('averted'),
    forNothing: count('noBreach'),
    open: count(null),
    unwarnedBreaches: unwarned,
    breachesWarnedShare: breaches === 0 ? null : warned.length / breaches,
    medianLeadMs: median(warned.map((r) => r.breachAt! - r.madeAt)),
  };
}

/** The forecast's record over a report's days, in total and day by day (days without a record left out). */
export function forecastReport(records: readonly BreachForecast[]): ForecastReport {
  const days = [...new Set(records.map((r) => r.businessDay))].sort();
  return {
    total: accuracyOf(records),
    days: days.map((day) => ({ day, ...accuracyOf(records.filter((r) => r.businessDay === day)) })),
  };
}
