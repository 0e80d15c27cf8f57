import type { VisitRecord } from '../shared/report/visit-record';
import type { Db } from './open-database';
import { prepared } from './prepared';

type VisitRecordRow = {
  ticket_id: number;
  number: string;
  business_day: string;
  department_id: number;
  department_ko: string;
  desk_id: number | null;
  desk_ko: string | null;
  staff_id: number | null;
  staff_name: string | null;
  language: VisitRecord['language'];
  status: VisitRecord['status'];
  issued_at: number;
  arrived_at: number | null;
  acknowledged_at: number | null;
  finished_at: number | null;
  attend_target_ms: number | null;
  guide_target_ms: number | null;
  escort_kind: VisitRecord['escortKind'];
  escort_reason: VisitRecord['escortReason'];
  escort_requested_at: number | null;
  escort_delivered_at: number | null;
  transferred_from_number: string | null;
  transferred_from_department_ko: string | null;
  repeat_of_number: string | null;
  repeat_of_day: string | null;
  repeat_staff_error: number | null;
  compensation_kind: VisitRecord['compensationKind'];
  compensation_amount_won: number | null;
  compensation_status: VisitRecord['compensationStatus'];
  rating: VisitRecord['rating'];
  priority_need: VisitRecord['priorityNeed'];
};

const VISITS_OF_DAYS_UNORDERED = `
  SELECT t.id AS ticket_id, t.number, t.business_day, t.department_id, d.name_ko AS department_ko,
         t.desk_id, k.name_ko AS desk_ko, t.attended_by_staff_id AS staff_id, s.name AS staff_name, t.language, t.status,
         t.issued_at, t.arrived_at, t.acknowledged_at, t.finished_at, t.attend_target_ms, t.guide_target_ms,
         e.kind AS escort_kind, e.reason AS escort_reason, e.requested_at AS escort_requested_at,
         e.delivered_at AS escort_delivered_at,
         f.number AS transferred_from_number, fd.name_ko AS transferred_from_department_ko,
         COALESCE(r.number, t.repeat_of_number) AS repeat_of_number,
         COALESCE(r.business_day, t.repeat_of_day) AS repeat_of_day, t.repeat_staff_error,
         c.kind AS compensation_kind, c.amount_won AS compensation_amount_won, c.status AS compensation_status,
         t.rating,
         t.priority_need
  FROM tickets t
  JOIN departments d ON d.id = t.department_id
  LEFT JOIN desks k ON k.id = t.desk_id
  LEFT JOIN staff s ON s.id = t.attended_by_staff_id
  LEFT JOIN escort_requests e ON e.id = (SELECT MIN(id) FROM escort_requests WHERE ticket_id = t.id)
  LEFT JOIN tickets r ON r.id = t.repeat_of_ticket_id
  LEFT JOIN tickets f ON f.id = t.transferred_from_ticket_id
  LEFT JOIN departments fd ON fd.id = f.department_id
  LEFT JOIN compensations c ON c.ticket_id = t.id
  WHERE t.business_day BETWEEN @from AND @to`;

const VISITS_OF_DAYS = `${VISITS_OF_DAYS_UNORDERED} ORDER BY t.business_day, t.id`;

// The page's ids first, from the day index alone; only they are joined. Ordered as
// VISITS_OF_DAYS: a day summary keeps its times in the order they were added.
const VISITS_PAGE = `${VISITS_OF_DAYS_UNORDERED} AND t.id IN (
    SELECT id FROM tickets WHERE business_day BETWEEN @from AND @to
      AND (business_day, id) > (@afterDay, @afterId)
    ORDER BY business_day, id LIMIT @limit)
  ORDER BY t.business_day, t.id`;

function toRecord(r: VisitRecordRow): VisitRecord {
  return {
    ticketId: r.ticket_id,
    number: r.number,
    businessDay: r.business_day,
    departmentId: r.department_id,
    departmentKo: r.department_ko,
    deskId: r.desk_id,
    deskKo: r.desk_ko,
    staffId: r.staff_id,
    staffName: r.staff_name,
    language: r.language,
    status: r.status,
    issuedAt: r.issued_at,
    arrivedAt: r.arrived_at,
    acknowledgedAt: r.acknowledged_at,
    finishedAt: r.finished_at,
    attendTargetMs: r.attend_target_ms,
    guideTargetMs: r.guide_target_ms,
    escortKind: r.escort_kind,
    escortReason: r.escort_reason,
    escortRequestedAt: r.escort_requested_at,
    escortDeliveredAt: r.escort_delivered_at,
    transferredFromNumber: r.transferred_from_number,
    transferredFromDepartmentKo: r.transferred_from_department_ko,
    repeatOfNumber: r.repeat_of_number,
    repeatOfDay: r.repeat_of_day,
    repeatStaffError: r.repeat_staff_error === null ? null : r.repeat_staff_error === 1,
    compensationKind: r.compensation_kind,
    compensationAmountWon: r.compensation_amount_won,
    compensationStatus: r.compensation_status,
    rating: r.rating,
    priorityNeed: r.priority_need,
  };
}

/**
 * Every visit of the business days from `from` to `to` (inclusive), one at a time: a year of
 * visits is never held in memory. The connection is busy until the iteration ends.
 */
export function* iterateVisitRecords(db: Db, from: string, to: string): Generator<VisitRecord> {
  for (const row of prepared<[{ from: string; to: string }], VisitRecordRow>(db, VISITS_OF_DAYS).iterate({
    from,
    to,
  })) {
    yield toRecord(row);
  }
}

/** Where a page of visits ends: the next page starts after this visit. */
export type VisitCursor = { day: string; ticketId: number };

/**
 * Up to `limit` visits of the business days `from` to `to` after `after`, in the order of
 * `iterateVisitRecords`: a reader that must let other statements run between pages (the
 * retention purge) reads the days this way, the connection free between two pages.
 */
export function listVisitRecordsPage(
  db: Db,
  from: string,
  to: string,
  after: VisitCursor | null,
  limit: number,
): VisitRecord[] {
  return prepared<
    [{ from: string; to: string; afterDay: string; afterId: number; limit: number }],
    VisitRecordRow
  >(db, VISITS_PAGE)
    .all({ from, to, afterDay: after?.day ?? '', afterId: after?.ticketId ?? 0, limit })
    .map(toRecord);
}
