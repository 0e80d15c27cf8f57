import { isLive, type BreachForecast } from '../shared/forecast/breach-forecast';
import type { BreachMoment } from '../shared/forecast/forecast-step';
import type { Db } from './open-database';
import { prepared } from './prepared';

type ForecastRow = {
  id: number;
  department_id: number;
  business_day: string;
  target_kind: BreachForecast['targetKind'];
  target_ms: number;
  made_at: number;
  predicted_breach_at: number | null;
  expected_breach_at: number | null;
  waiting: number;
  desks_present: number;
  desks_needed: number;
  outcome: BreachForecast['outcome'];
  closed_at: number | null;
  breach_at: number | null;
  desks_at_close: number | null;
  breach_ended_at: number | null;
};

const toForecast = (r: ForecastRow): BreachForecast => ({
  id: r.id,
  departmentId: r.department_id,
  businessDay: r.business_day,
  targetKind: r.target_kind,
  targetMs: r.target_ms,
  madeAt: r.made_at,
  predictedBreachAt: r.predicted_breach_at,
  expectedBreachAt: r.expected_breach_at,
  waiting: r.waiting,
  desksPresent: r.desks_present,
  desksNeeded: r.desks_needed,
  outcome: r.outcome,
  closedAt: r.closed_at,
  breachAt: r.breach_at,
  desksAtClose: r.desks_at_close,
  breachEndedAt: r.breach_ended_at,
});

export function getForecast(db: Db, id: number): BreachForecast | null {
  const row = prepared<[number], ForecastRow>(db, 'SELECT * FROM breach_forecasts WHERE id = ?').get(id);
  return row ? toForecast(row) : null;
}

export function insertForecast(db: Db, f: Omit<BreachForecast, 'id'>): BreachForecast {
  const result = prepared(
    db,
    `INSERT INTO breach_forecasts (department_id, business_day, target_kind, target_ms, made_at,
       predicted_breach_at, expected_breach_at, waiting, desks_present, desks_needed, outcome, closed_at,
       breach_at, desks_at_close, breach_ended_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    f.departmentId,
    f.businessDay,
    f.targetKind,
    f.targetMs,
    f.madeAt,
    f.predictedBreachAt,
    f.expectedBreachAt,
    f.waiting,
    f.desksPresent,
    f.desksNeeded,
    f.outcome,
    f.closedAt,
    f.breachAt,
    f.desksAtClose,
    f.breachEndedAt,
  );
  return getForecast(db, Number(result.lastInsertRowid))!;
}

/** Writes the record as given; its id, department and day never change. */
export function saveForecast(db: Db, f: BreachForecast): BreachForecast {
  prepared(
    db,
    `UPDATE breach_forecasts SET expected_breach_at = ?, waiting = ?, desks_needed = ?, outcome = ?, closed_at = ?,
       breach_at = ?, desks_at_close = ?, breach_ended_at = ?
     WHERE id = ?`,
  ).run(
    f.expectedBreachAt,
    f.waiting,
    f.desksNeeded,
    f.outcome,
    f.closedAt,
    f.breachAt,
    f.desksAtClose,
    f.breachEndedAt,
    f.id,
  );
  return getForecast(db, f.id)!;
}

/** Each department's latest record of the day. */
export function latestForecasts(db: Db, businessDay: string): BreachForecast[] {
  return prepared<[string, string], ForecastRow>(
    db,
    `SELECT * FROM breach_forecasts WHERE business_day = ? AND id IN
       (SELECT MAX(id) FROM breach_forecasts WHERE business_day = ? GROUP BY department_id)`,
  )
    .all(businessDay, businessDay)
    .map(toForecast);
}

/** Warnings still open today, and breaches still under way: what the guide and manager act on. */
export function listLiveForecasts(db: Db, businessDay: string): BreachForecast[] {
  return latestForecasts(db, businessDay).filter(isLive);
}

/** Every record of the business days `from` to `to`, in order. */
export function listForecasts(db: Db, from: string, to: string): BreachForecast[] {
  return prepared<[string, string], ForecastRow>(
    db,
    'SELECT * FROM breach_forecasts WHERE business_day BETWEEN ? AND ? ORDER BY id',
  )
    .all(from, to)
    .map(toForecast);
}

/**
 * Today's moments at which a visitor's clock passed its target in a department: issue time plus
 * the ticket's time-to-guide target (or the office's waiting target), for visitors who were called
 * after it or still wait at `now`.
 */
export function listBreachMoments(
  db: Db,
  departmentId: number,
  businessDay: string,
  now: number,
  waitTargetMs: number | null,
): BreachMoment[] {
  return prepared<[number | null, number, string, number], { at: number; target_ms: number; guide: number }>(
    db,
    `SELECT issued_at + target AS at, target AS target_ms, guide FROM (
       SELECT issued_at, arrived_at, COALESCE(guide_target_ms, ?) AS target,
              guide_target_ms IS NOT NULL AS guide
       FROM tickets WHERE department_id = ? AND business_day = ?)
     WHERE target IS NOT NULL AND issued_at + target <= ?
       AND (arrived_at IS NULL OR arrived_at > issued_at + target)
     ORDER BY at`,
  )
    .all(waitTargetMs, departmentId, businessDay, now)
    .map((r) => ({ at: r.at, targetMs: r.target_ms, targetKind: r.guide === 1 ? 'guide' : 'wait' }));
}
