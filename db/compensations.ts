import type { Compensation } from '../shared/contract/views';
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
});

export function insertCompensation(db: Db, c: Omit<Compensation, 'id' | 'status'>): Compensation {
  const result = prepared(
    db,
    `INSERT INTO compensations (ticket_id, earlier_ticket_id, kind, amount_won, basis_ko, reason, status, created_at,
       created_by) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?)`,
  ).run(c.ticketId, c.earlierTicketId, c.kind, c.amountWon, c.basisKo, c.reason, c.createdAt, c.createdBy);
  return { ...c, id: Number(result.lastInsertRowid), status: 'pending' };
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
