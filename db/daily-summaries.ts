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
  rating_1: number;
  rating_2: number;
  rating_3: number;
  rating_4: number;
  rating_5: number;
  priority_visitors: number;
  priority_elderly: number;
  priority_disabled: number;
  priority_pregnant: number;
  priority_wait_ms: string;
  priority_wait_targeted: number;
  priority_wait_within: number;
  ordinary_wait_ms: string;
  ordinary_wait_targeted: number;
  ordinary_wait_within: number;
};

/** Fails on a day, department and desk already summarized: a day is purged once. */
export function insertDaySummaries(db: Db, days: readonly DaySummary[]): void {
  const insert = prepared(
    db,
    `INSERT INTO daily_summaries (business_day, department_id, desk_id, visitors, served, no_shows, transferred,
       escorts, repeat_visits, compensations, compensation_won, attend_ms, attend_targeted, attend_within,
       guide_ms, guide_targeted, guide_within, hours, rating_1, rating_2, rating_3, rating_4, rating_5,
       priority_visitors, priority_elderly, priority_disabled, priority_pregnant, priority_wait_ms,
       priority_wait_targeted, priority_wait_within, ordinary_wait_ms, ordinary_wait_targeted, ordinary_wait_within)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
      ...d.ratings,
      d.priority.visitors,
      d.priority.byNeed.elderly,
      d.priority.byNeed.disabled,
      d.priority.byNeed.pregnant,
      JSON.stringify(d.priority.wait.times),
      d.priority.wait.targeted,
      d.priority.wait.within,
      JSON.stringify(d.priority.ordinaryWait.times),
      d.priority.ordinaryWait.targeted,
      d.priority.ordinaryWait.within,
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
      priority: {
        visitors: r.priority_visitors,
        byNeed: { elderly: r.priority_elderly, disabled: r.priority_disabled, pregnant: r.priority_pregnant },
        wait: {
          times: JSON.parse(r.priority_wait_ms) as number[],
          targeted: r.priority_wait_targeted,
          within: r.priority_wait_within,
        },
        ordinaryWait: {
          times: JSON.parse(r.ordinary_wait_ms) as number[],
          targeted: r.ordinary_wait_targeted,
          within: r.ordinary_wait_within,
        },
      },
      // Days summarized before waiting time was kept have none: they count as 0 ms.
      hours: (JSON.parse(r.hours) as StoredHour[]).map((h) => ({ ...h, waitingMs: h.waitingMs ?? 0 })),
      ratings: [r.rating_1, r.rating_2, r.rating_3, r.rating_4, r.rating_5],
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
