import type { EscortRequest } from '../shared/contract/views';
import type { EscortRecord } from '../shared/report/escort-times';
import type { Db } from './open-database';
import { prepared } from './prepared';

type EscortRow = {
  id: number;
  kind: EscortRequest['kind'];
  reason: EscortRequest['reason'];
  ticket_id: number | null;
  language: EscortRequest['language'];
  status: EscortRequest['status'];
  requested_at: number;
  accepted_at: number | null;
  delivered_at: number | null;
  guide_staff_id: number | null;
  business_day: string;
  priority_need: EscortRequest['priorityNeed'];
};

const toRequest = (r: EscortRow): EscortRequest => ({
  id: r.id,
  kind: r.kind,
  reason: r.reason,
  ticketId: r.ticket_id,
  language: r.language,
  status: r.status,
  requestedAt: r.requested_at,
  acceptedAt: r.accepted_at,
  deliveredAt: r.delivered_at,
  guideStaffId: r.guide_staff_id,
  businessDay: r.business_day,
  priorityNeed: r.priority_need,
});

export function insertEscortRequest(
  db: Db,
  r: Pick<
    EscortRequest,
    'kind' | 'reason' | 'ticketId' | 'language' | 'requestedAt' | 'businessDay' | 'priorityNeed'
  >,
): EscortRequest {
  const result = prepared(
    db,
    `INSERT INTO escort_requests (kind, reason, ticket_id, language, status, requested_at, business_day,
       priority_need)
     VALUES (?, ?, ?, ?, 'requested', ?, ?, ?)`,
  ).run(r.kind, r.reason, r.ticketId, r.language, r.requestedAt, r.businessDay, r.priorityNeed);
  return getEscortRequest(db, Number(result.lastInsertRowid))!;
}

export function getEscortRequest(db: Db, id: number): EscortRequest | null {
  const row = prepared<[number], EscortRow>(db, 'SELECT * FROM escort_requests WHERE id = ?').get(id);
  return row ? toRequest(row) : null;
}

export function markEscortAccepted(
  db: Db,
  id: number,
  guideStaffId: number | null,
  at: number,
): EscortRequest {
  prepared(
    db,
    `UPDATE escort_requests SET status = 'accepted', accepted_at = ?, guide_staff_id = ? WHERE id = ?`,
  ).run(at, guideStaffId, id);
  return getEscortRequest(db, id)!;
}

export function markEscortDelivered(db: Db, id: number, at: number): EscortRequest {
  prepared(db, `UPDATE escort_requests SET status = 'delivered', delivered_at = ? WHERE id = ?`).run(at, id);
  return getEscortRequest(db, id)!;
}

/** Today's requests: every open one, and the delivered ones for the guide's record. */
export function listEscortRequestsOfDay(db: Db, businessDay: string): EscortRequest[] {
  return prepared<[string], EscortRow>(db, 'SELECT * FROM escort_requests WHERE business_day = ? ORDER BY id')
    .all(businessDay)
    .map(toRequest);
}

/**
 * Up to `limit` "take me there" escorts of the business days `from` to `to` with an id after
 * `afterId`, in the order of `iterateEscortRecords`, each with its id for the next page.
 */
export function listEscortRecordsPage(
  db: Db,
  from: string,
  to: string,
  afterId: number,
  limit: number,
): (EscortRecord & { id: number })[] {
  return prepared<
    [string, string, number, number],
    {
      id: number;
      business_day: string;
      requested_at: number;
      accepted_at: number | null;
      delivered_at: number | null;
    }
  >(
    db,
    `SELECT id, business_day, requested_at, accepted_at, delivered_at FROM escort_requests
     WHERE kind = 'escort' AND business_day BETWEEN ? AND ? AND id > ? ORDER BY id LIMIT ?`,
  )
    .all(from, to, afterId, limit)
    .map((r) => ({
      id: r.id,
      businessDay: r.business_day,
      requestedAt: r.requested_at,
      acceptedAt: r.accepted_at,
      deliveredAt: r.delivered_at,
    }));
}

/** The "take me there" escorts of the business days `from` to `to`, one at a time, for reports. */
export function* iterateEscortRecords(db: Db, from: string, to: string): Generator<EscortRecord> {
  const rows = prepared<
    [string, string],
    { business_day: string; requested_at: number; accepted_at: number | null; delivered_at: number | null }
  >(
    db,
    `SELECT business_day, requested_at, accepted_at, delivered_at FROM escort_requests
     WHERE kind = 'escort' AND business_day BETWEEN ? AND ? ORDER BY id`,
  );
  for (const r of rows.iterate(from, to)) {
    yield {
      businessDay: r.business_day,
      requestedAt: r.requested_at,
      acceptedAt: r.accepted_at,
      deliveredAt: r.delivered_at,
    };
  }
}
