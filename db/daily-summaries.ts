import type { EscortDaySummary } from '../shared/report/escort-times';
import type { DaySummary, HourSummary, LabelledDaySummary } from '../shared/report/summary';
import type { Db } from './open-database';
import { prepared } from './prepared';

type StoredHour = Omit<HourSummary, 'waitingMs'> & { waitingMs?: number };

type DaySummaryRow = {
  business_day: string;
  department_id: number;
  desk_id: number | null;
  department_ko: string;
  desk_ko: string | null;
  visitors: number;
  served: number;
  no_shows: number;
  transferred: number;
  closed_at_day_end: number;
  escorts: number;
  repeat_visits: number;
  compensations: number;
  compensation_won: number;
  attend_ms: string;
  attend_targeted: number;
  attend_within: number;
  guide_ms: string;
  guide_targeted: number;
  guide_within: number;
  hours: string;
};

/** Fails on a day, department and desk already summarized: a day is purged once. */
export function insertDaySummaries(db: Db, days: readonly DaySummary[]): void {
  const insert = prepared(
    db,
    `INSERT INTO daily_summaries (business_day, department_id, desk_id, visitors, served, no_shows, transferred,
       closed_at_day_end, escorts, repeat_visits, compensations, compensation_won, attend_ms, attend_targeted,
       attend_within, guide_ms, guide_targeted, guide_within, hours)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const d of days) {
    insert.run(
      d.businessDay,
      d.departmentId,
      d.deskId,
      d.visitors,
      d.served,
      d.noShows,
      d.transferred,
      d.closedAtDayEnd,
      d.escorts,
      d.repeatVisits,
      d.compensations,
      d.compensationWon,
      JSON.stringify(d.attend.times),
      d.attend.targeted,
      d.attend.within,
      JSON.stringify(d.guide.times),
      d.guide.targeted,
      d.guide.within,
      JSON.stringify(d.hours),
    );
  }
}

/** The stored summaries of the business days `from` to `to`, with today's names of their places. */
export function listDaySummaries(db: Db, from: string, to: string): LabelledDaySummary[] {
  return prepared<[string, string], DaySummaryRow>(
    db,
    `SELECT s.*, d.name_ko AS department_ko, k.name_ko AS desk_ko
     FROM daily_summaries s
     JOIN departments d ON d.id = s.department_id
     LEFT JOIN desks k ON k.id = s.desk_id
     WHERE s.business_day BETWEEN ? AND ?
     ORDER BY s.business_day, s.department_id, s.desk_id`,
  )
    .all(from, to)
    .map((r) => ({
      businessDay: r.business_day,
      departmentId: r.department_id,
      deskId: r.desk_id,
      departmentKo: r.department_ko,
      deskKo: r.desk_ko,
      visitors: r.visitors,
      served: r.served,
      noShows: r.no_shows,
      transferred: r.transferred,
      closedAtDayEnd: r.closed_at_day_end,
      escorts: r.escorts,
      repeatVisits: r.repeat_visits,
      compensations: r.compensations,
      compensationWon: r.compensation_won,
      attend: {
        times: JSON.parse(r.attend_ms) as number[],
        targeted: r.attend_targeted,
        within: r.attend_within,
      },
      guide: {
        times: JSON.parse(r.guide_ms) as number[],
        targeted: r.guide_targeted,
        within: r.guide_within,
      },
      // Days summarized before waiting time was kept have none: they count as 0 ms.
      hours: (JSON.parse(r.hours) as StoredHour[]).map((h) => ({ ...h, waitingMs: h.waitingMs ?? 0 })),
    }));
}

export function insertEscortDaySummaries(db: Db, days: readonly EscortDaySummary[]): void {
  const insert = prepared(db, 'INSERT INTO daily_escort_summaries (business_day, summary) VALUES (?, ?)');
  for (const d of days) insert.run(d.day, JSON.stringify(d));
}

export function listEscortDaySummaries(db: Db, from: string, to: string): EscortDaySummary[] {
  return prepared<[string, string], { summary: string }>(
    db,
    'SELECT summary FROM daily_escort_summaries WHERE business_day BETWEEN ? AND ? ORDER BY business_day',
  )
    .all(from, to)
    .map((r) => JSON.parse(r.summary) as EscortDaySummary);
}
