import type { RegionOverview, RegionOverviewQuery } from '../../shared/contract/region-view';
import { behindSince } from '../../shared/regional/behind';
import { addDays } from '../../shared/time/business-day';
import { casesOfDays, readTargets } from '../db/facts';
import { caseFigures, casesByOfficeAndPeriod } from '../figures/case-figures';
import { readDayShares, readFigures } from '../db/figures';
import { listOffices } from '../db/offices';
import type { Pool } from '../db/pool';

/** How far back "behind since" looks: a run longer than this reads as "since before then". */
const BEHIND_LOOKBACK_DAYS = 92;

export type OverviewSettings = { bar: number; silentAfterMs: number };

export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** Every office side by side for one day or one month, with how the region hears from each. */
export async function readOverview(
  pool: Pool,
  query: RegionOverviewQuery,
  settings: OverviewSettings,
  now: number,
): Promise<RegionOverview> {
  const from = query.period === 'day' ? query.day : `${query.month}-01`;
  const to = query.period === 'day' ? query.day : lastDayOfMonth(query.month);
  const [offices, figures, targets, shares, cases] = await Promise.all([
    listOffices(pool),
    readFigures(pool, query.period === 'day' ? { day: from } : { monthStart: from }),
    readTargets(pool),
    readDayShares(pool, addDays(to, -BEHIND_LOOKBACK_DAYS), to),
    casesOfDays(pool, from, to),
  ]);
  const casesOf = casesByOfficeAndPeriod(cases, () => from);
  const officeCases = (officeId: number) => {
    const list = casesOf.get(officeId)?.get(from);
    return list ? caseFigures(list, to, now) : null;
  };
  return {
    period: query.period,
    from,
    to,
    bar: settings.bar,
    now,
    offices: offices.map((o) => ({
      id: o.id,
      nameKo: o.nameKo,
      nameEn: o.nameEn,
      attendTargetMs: targets.get(o.id)?.attendTargetMs ?? null,
      guideTargetMs: targets.get(o.id)?.guideTargetMs ?? null,
      figures: figures.get(o.id) ?? null,
      cases: officeCases(o.id),
      behind: behindSince(shares.get(o.id) ?? [], settings.bar),
      feed: {
        lastSeq: o.lastSeq,
        lastEventAt: o.lastEventAt,
        lastContactAt: o.lastContactAt,
        silent: o.lastContactAt === null || now - o.lastContactAt > settings.silentAfterMs,
        problem:
          o.problem === null
            ? null
            : {
                kind: o.problem,
                since: o.problemSince ?? now,
                seq: o.problemSeq,
                detail: o.problemDetail ?? '',
              },
      },
    })),
  };
}
