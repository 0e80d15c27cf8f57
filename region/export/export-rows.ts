import { lastDayOfMonth } from '../http/region-overview';
import { casesOfDays } from '../db/facts';
import { readFigureRows } from '../db/figures';
import { listOffices } from '../db/offices';
import type { Pool } from '../db/pool';
import { caseFigures, casesByOfficeAndPeriod } from '../figures/case-figures';
import type { FigureRow } from './figure-columns';

/**
 * The rows of an export, one per office and day (or month) with visits or cases, in office and
 * date order. A month row covers the whole month, as its stored figures do.
 */
export async function readExportRows(
  pool: Pool,
  by: 'day' | 'month',
  from: string,
  to: string,
  now: number,
): Promise<FigureRow[]> {
  const caseFrom = by === 'day' ? from : `${from.slice(0, 7)}-01`;
  const caseTo = by === 'day' ? to : lastDayOfMonth(to.slice(0, 7));
  const [offices, figureRows, cases] = await Promise.all([
    listOffices(pool),
    readFigureRows(pool, by, from, to),
    casesOfDays(pool, caseFrom, caseTo),
  ]);
  const names = new Map(offices.map((o) => [o.id, o.nameKo]));
  const casesOf = casesByOfficeAndPeriod(cases, (day) => (by === 'day' ? day : day.slice(0, 7)));
  const rows = new Map<string, { officeId: number; period: string }>();
  for (const r of figureRows) rows.set(`${r.officeId}|${r.period}`, r);
  for (const [officeId, periods] of casesOf) {
    for (const period of periods.keys()) {
      if (!rows.has(`${officeId}|${period}`)) rows.set(`${officeId}|${period}`, { officeId, period });
    }
  }
  const figuresOf = new Map(figureRows.map((r) => [`${r.officeId}|${r.period}`, r.figures]));
  return [...rows.values()]
    .sort((a, b) => a.officeId - b.officeId || a.period.localeCompare(b.period))
    .map(({ officeId, period }) => {
      const list = casesOf.get(officeId)?.get(period);
      const lastDay = by === 'day' ? period : lastDayOfMonth(period);
      return {
        officeKo: names.get(officeId) ?? '',
        period,
        figures: figuresOf.get(`${officeId}|${period}`) ?? null,
        cases: list ? caseFigures(list, lastDay, now) : null,
      };
    });
}
