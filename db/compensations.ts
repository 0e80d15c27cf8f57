import type { Compensation, LedgerEntry } from '../shared/contract/views';
import type { Db } from './open-database';
import { prepared } from './prepared';

type CompensationRow = {
  id: number;
  ticket_id: number;
  earlier_ticket_id: number;
  kind: Compensation['kind'];
  amount_won: number | null;
  basis_ko: string;
  reason: string;
  status: Compensation['status'];
  created_at: number;
  created_by: number | null;
  decided_at: number | null;
  decided_by: number | null;
  decision_note: string | null;
  paid_at: number | null;
  paid_by: number | null;
  payment_reference: string | null;
};

const toCompensation = (r: CompensationRow): Compensation => ({
  id: r.id,
  ticketId: r.ticket_id,
  earlierTicketId: r.earlier_ticket_id,
  kind: r.kind,
  amountWon: r.amount_won,
  basisKo: r.basis_ko,
  reason: r.reason,
  status: r.status,
  createdAt: r.created_at,
  createdBy: r.created_by,
  decidedAt: r.decided_at,
  decidedBy: r.decided_by,
  decisionNote: r.decision_note,
  paidAt: r.paid_at,
  paidBy: r.paid_by,
  paymentReference: r.payment_reference,
});

type NewCompensation = Pick<
  Compensation,
  'ticketId' | 'earlierTicketId' | 'kind' | 'amountWon' | 'basisKo' | 'reason' | 'createdAt' | 'createdBy'
>;

export function insertCompensation(db: Db, c: NewCompensation): Compensation {
  // The ledger keeps the numbers and days of both visits itself: their tickets may be purged.
  const result = prepared(
    db,
    `INSERT INTO compensations (ticket_id, earlier_ticket_id, ticket_number, business_day, department_id,
       earlier_number, earlier_day, kind, amount_won, basis_ko, reason, status, created_at, created_by)
     SELECT t.id, e.id, t.number, t.business_day, t.department_id, e.number, e.business_day, ?, ?, ?, ?, 'pending',
       ?, ?
     FROM tickets t, tickets e WHERE t.id = ? AND e.id = ?`,
  ).run(c.kind, c.amountWon, c.basisKo, c.reason, c.createdAt, c.createdBy, c.ticketId, c.earlierTicketId);
  return getCompensation(db, Number(result.lastInsertRowid))!;
}

export function listCompensationsForTickets(db: Db, ticketIds: readonly number[]): Compensation[] {
  if (ticketIds.length === 0) return [];
  // One statement per distinct list length is fine: desk screens hold a handful of tickets.
  const placeholders = ticketIds.map(() => '?').join(', ');
  return prepared<number[], CompensationRow>(
    db,
    `SELECT * FROM compensations WHERE ticket_id IN (${placeholders}) ORDER BY id`,
  )
    .all(...ticketIds)
    .map(toCompensation);
}

export function getCompensation(db: Db, id: number): Compensation | null {
  const row = prepared<[number], CompensationRow>(db, 'SELECT * FROM compensations WHERE id = ?').get(id);
  return row ? toCompensation(row) : null;
}

/** A compensation with the numbers and days of its visits that the ledger keeps beside it. */
export type CompensationWithVisits = Compensation & {
  ticketNumber: string;
  businessDay: string;
  departmentId: number;
  earlierTicketNumber: string;
  earlierBusinessDay: string;
};

export function getCompensationWithVisits(db: Db, id: number): CompensationWithVisits | null {
  const row = prepared<
    [number],
    CompensationRow & {
      ticket_number: string;
      business_day: string;
      department_id: number;
      earlier_number: string;
      earlier_day: string;
    }
  >(db, 'SELECT * FROM compensations WHERE id = ?').get(id);
  return row
    ? {
        ...toCompensation(row),
        ticketNumber: row.ticket_number,
        businessDay: row.business_day,
        departmentId: row.department_id,
        earlierTicketNumber: row.earlier_number,
        earlierBusinessDay: row.earlier_day,
      }
    : null;
}

export function recordDecision(
  db: Db,
  id: number,
  d: {
    status: 'approved' | 'rejected';
    at: number;
    by: number | null;
    note: string | null;
    amountWon: number | null;
  },
): Compensation {
  prepared(
    db,
    `UPDATE compensations SET status = ?, decided_at = ?, decided_by = ?, decision_note = ?,
       amount_won = COALESCE(?, amount_won) WHERE id = ?`,
  ).run(d.status, d.at, d.by, d.note, d.amountWon, id);
  return getCompensation(db, id)!;
}

export function recordPayment(
  db: Db,
  id: number,
  p: { at: number; by: number | null; reference: string },
): Compensation {
  prepared(
    db,
    `UPDATE compensations SET status = 'paid', paid_at = ?, paid_by = ?, payment_reference = ? WHERE id = ?`,
  ).run(p.at, p.by, p.reference, id);
  return getCompensation(db, id)!;
}

type LedgerRow = CompensationRow & {
  ticket_number: string;
  business_day: string;
  department_ko: string;
  earlier_number: string;
  earlier_day: string;
  created_by_name: string | null;
  decided_by_name: string | null;
  paid_by_name: string | null;
};

/** The compensations created in [fromMs, toMs), oldest first, with their visits. */
export function listLedger(db: Db, fromMs: number, toMs: number): LedgerEntry[] {
  return prepared<[number, number], LedgerRow>(
    db,
    `SELECT c.*, d.name_ko AS department_ko, cs.name AS created_by_name, ds.name AS decided_by_name,
            ps.name AS paid_by_name
     FROM compensations c
     JOIN departments d ON d.id = c.department_id
     LEFT JOIN staff cs ON cs.id = c.created_by
     LEFT JOIN staff ds ON ds.id = c.decided_by
     LEFT JOIN staff ps ON ps.id = c.paid_by
     WHERE c.created_at >= ? AND c.created_at < ?
     ORDER BY c.created_at, c.id`,
  )
    .all(fromMs, toMs)
    .map((r) => ({
      ...toCompensation(r),
      ticketNumber: r.ticket_number,
      businessDay: r.business_day,
      departmentKo: r.department_ko,
      earlierTicketNumber: r.earlier_number,
      earlierBusinessDay: r.earlier_day,
      createdByName: r.created_by_name,
      decidedByName: r.decided_by_name,
      paidByName: r.paid_by_name,
    }));
}
