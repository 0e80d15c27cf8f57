import { emptyTally, tallyHour, tallyVisit, type DaySummary, type HourSummary } from './summary';
import type { VisitMeasures } from './visit-measures';
import type { VisitRecord } from './visit-record';

type DayAccumulator = Omit<DaySummary, 'hours'> & { hours: Map<number, HourSummary> };

/**
 * Folds visits into what outlives them when their details are purged: one summary per business
 * day, department and desk, from which any report summary can be rebuilt exactly.
 */
export function createDaySummaryBuilder(asOf: number) {
  const days = new Map<string, DayAccumulator>();
  return {
    add(v: VisitRecord, m: VisitMeasures): void {
      const key = `${v.businessDay}|${v.departmentId}|${v.deskId ?? ''}`;
      let day = days.get(key);
      if (!day) {
        day = {
          ...emptyTally(),
          businessDay: v.businessDay,
          departmentId: v.departmentId,
          deskId: v.deskId,
          hours: new Map(),
        };
        days.set(key, day);
      }
      tallyVisit(day, v, m);
      tallyHour(day.hours, v, m, asOf);
    },
    finish(): DaySummary[] {
      return [...days.values()].map((d) => ({
        ...d,
        hours: [...d.hours.values()].sort((a, b) => a.hour - b.hour),
      }));
    },
  };
}
