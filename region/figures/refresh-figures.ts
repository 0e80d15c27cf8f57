import { inTransaction, type Pool } from '../db/pool';
import { visitsOfDays, type FactVisit } from '../db/facts';
import { saveDayFigures, saveMonthFigures, takeDirtyDays } from '../db/figures';
import { visitFigures } from './visit-figures';

/** Days taken per transaction: a year of catch-up is refreshed in bites, not in one lock. */
const DAYS_PER_ROUND = 400;

function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/**
 * Computes the figures of every day whose facts changed, and of their months, until none is
 * left. Each month's visits are read once for its days and for itself.
 */
export async function refreshFigures(pool: Pool): Promise<number> {
  let refreshed = 0;
  for (;;) {
    const done = await inTransaction(pool, async (client) => {
      const dirty = await takeDirtyDays(client, DAYS_PER_ROUND);
      const months = new Map<string, { officeId: number; month: string; days: Set<string> }>();
      for (const { officeId, day } of dirty) {
        const key = `${officeId}|${day.slice(0, 7)}`;
        const entry = months.get(key) ?? { officeId, month: day.slice(0, 7), days: new Set<string>() };
        entry.days.add(day);
        months.set(key, entry);
      }
      for (const { officeId, month, days } of months.values()) {
        const visits = await visitsOfDays(client, officeId, `${month}-01`, lastDayOfMonth(month));
        const byDay = new Map<string, FactVisit[]>();
        for (const v of visits) {
          let list = byDay.get(v.businessDay);
          if (!list) byDay.set(v.businessDay, (list = []));
          list.push(v);
        }
        await saveDayFigures(
          client,
          officeId,
          [...days].map((day) => ({ day, figures: visitFigures(byDay.get(day) ?? []) })),
        );
        await saveMonthFigures(client, officeId, `${month}-01`, visitFigures(visits));
      }
      return dirty.length;
    });
    refreshed += done;
    if (done < DAYS_PER_ROUND) return refreshed;
  }
}
