import type { RegionFigures } from '../../shared/contract/region-view';
import type { DayShares } from '../../shared/regional/behind';
import type { Client, Pool } from './pool';

/**
 * Takes up to `limit` days waiting for new figures, locked so that two refreshes never compute
 * the same day; they are deleted when the transaction commits.
 */
export async function takeDirtyDays(
  client: Client,
  limit: number,
): Promise<{ officeId: number; day: string }[]> {
  const taken = await client.query<{ officeId: number; day: string }>(
    `DELETE FROM figures.dirty_days WHERE (office_id, business_day) IN (
       SELECT office_id, business_day FROM figures.dirty_days ORDER BY office_id, business_day
       LIMIT $1 FOR UPDATE SKIP LOCKED)
     RETURNING office_id AS "officeId", business_day AS day`,
    [limit],
  );
  return taken.rows;
}

/** The figures of some of an office's days, in one statement. */
export async function saveDayFigures(
  client: Client,
  officeId: number,
  days: readonly { day: string; figures: RegionFigures }[],
): Promise<void> {
  if (days.length === 0) return;
  await client.query(
    `INSERT INTO figures.office_days (office_id, business_day, figures, attend_targeted, attend_within,
       guide_targeted, guide_within)
     SELECT $1, d.* FROM unnest($2::date[], $3::jsonb[], $4::int[], $5::int[], $6::int[], $7::int[]) AS d
     ON CONFLICT (office_id, business_day) DO UPDATE SET figures = EXCLUDED.figures,
       attend_targeted = EXCLUDED.attend_targeted, attend_within = EXCLUDED.attend_within,
       guide_targeted = EXCLUDED.guide_targeted, guide_within = EXCLUDED.guide_within`,
    [
      officeId,
      days.map((d) => d.day),
      days.map((d) => JSON.stringify(d.figures)),
      days.map((d) => d.figures.attend.targeted),
      days.map((d) => d.figures.attend.within),
      days.map((d) => d.figures.guide.targeted),
      days.map((d) => d.figures.guide.within),
    ],
  );
}

export async function saveMonthFigures(
  client: Client,
  officeId: number,
  monthStart: string,
  f: RegionFigures,
) {
  await client.query(
    `INSERT INTO figures.office_months (office_id, month, figures) VALUES ($1, $2, $3)
     ON CONFLICT (office_id, month) DO UPDATE SET figures = EXCLUDED.figures`,
    [officeId, monthStart, JSON.stringify(f)],
  );
}

/** Every office's figures for one day, or one month (`monthStart` = its first day). */
export async function readFigures(
  db: Pool | Client,
  period: { day: string } | { monthStart: string },
): Promise<Map<number, RegionFigures>> {
  const found =
    'day' in period
      ? await db.query<{ officeId: number; figures: RegionFigures }>(
          `SELECT office_id AS "officeId", figures FROM figures.office_days WHERE business_day = $1`,
          [period.day],
        )
      : await db.query<{ officeId: number; figures: RegionFigures }>(
          `SELECT office_id AS "officeId", figures FROM figures.office_months WHERE month = $1`,
          [period.monthStart],
        );
  return new Map(found.rows.map((r) => [r.officeId, r.figures]));
}

/** Each office's shares within target for the days `from` to `to`, for "behind since". */
export async function readDayShares(
  db: Pool | Client,
  from: string,
  to: string,
): Promise<Map<number, DayShares[]>> {
  const found = await db.query<DayShares & { officeId: number }>(
    `SELECT office_id AS "officeId", business_day AS day, attend_targeted AS "attendTargeted",
       attend_within AS "attendWithin", guide_targeted AS "guideTargeted", guide_within AS "guideWithin"
     FROM figures.office_days WHERE business_day BETWEEN $1 AND $2`,
    [from, to],
  );
  const byOffice = new Map<number, DayShares[]>();
  for (const { officeId, ...shares } of found.rows) {
    let list = byOffice.get(officeId);
    if (!list) byOffice.set(officeId, (list = []));
    list.push(shares);
  }
  return byOffice;
}

/** Figure rows of `from` to `to` for an export, by day or by month, in office and date order. */
export async function readFigureRows(
  db: Pool | Client,
  by: 'day' | 'month',
  from: string,
  to: string,
): Promise<{ officeId: number; period: string; figures: RegionFigures }[]> {
  const sql =
    by === 'day'
      ? `SELECT office_id AS "officeId", business_day AS period, figures FROM figures.office_days
         WHERE business_day BETWEEN $1 AND $2 ORDER BY office_id, business_day`
      : `SELECT office_id AS "officeId", to_char(month, 'YYYY-MM') AS period, figures FROM figures.office_months
         WHERE month BETWEEN date_trunc('month', $1::date) AND $2 ORDER BY office_id, month`;
  return (await db.query<{ officeId: number; period: string; figures: RegionFigures }>(sql, [from, to])).rows;
}
