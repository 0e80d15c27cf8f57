import type { Language, Ticket } from '../shared/contract/views';
import type { VisitStatus } from '../shared/visit/lifecycle';
import type { Db } from './open-database';
import { prepared } from './prepared';

type TicketRow = {
  id: number;
  department_id: number;
  business_day: string;
  sequence: number;
  number: string;
  code: string;
  language: Language;
  task_id: number | null;
  desk_id: number | null;
  status: VisitStatus;
  issued_at: number;
  arrived_at: number | null;
  acknowledged_at: number | null;
  finished_at: number | null;
  attend_target_ms: number | null;
  guide_target_ms: number | null;
  warning_share: number;
  note: string | null;
};

function toTicket(r: TicketRow): Ticket {
  return {
    id: r.id,
    number: r.number,
    code: r.code,
    departmentId: r.department_id,
    deskId: r.desk_id,
    taskId: r.task_id,
    status: r.status,
    language: r.language,
    businessDay: r.business_day,
    issuedAt: r.issued_at,
    arrivedAt: r.arrived_at,
    acknowledgedAt: r.acknowledged_at,
    finishedAt: r.finished_at,
    attendTargetMs: r.attend_target_ms,
    guideTargetMs: r.guide_target_ms,
    warningShare: r.warning_share,
    note: r.note,
  };
}

/** The next number of a department's day; gapless because it runs inside the issuing transaction. */
export function nextTicketSequence(db: Db, departmentId: number, businessDay: string): number {
  const row = prepared<[number, string], { last_sequence: number }>(
    db,
    `INSERT INTO ticket_counters (department_id, business_day, last_sequence) VALUES (?, ?, 1)
     ON CONFLICT (department_id, business_day) DO UPDATE SET last_sequence = last_sequence + 1
     RETURNING last_sequence`,
  ).get(departmentId, businessDay);
  return row!.last_sequence;
}

export function ticketCodeExists(db: Db, code: string): boolean {
  return (
    prepared<[string], { one: number }>(db, 'SELECT 1 AS one FROM tickets WHERE code = ?').get(code) !==
    undefined
  );
}

export type NewTicket = Omit<
  Ticket,
  'id' | 'deskId' | 'arrivedAt' | 'acknowledgedAt' | 'finishedAt' | 'note' | 'status'
> & {
  sequence: number;
};

export function insertTicket(db: Db, t: NewTicket): Ticket {
  const result = prepared(
    db,
    `INSERT INTO tickets (department_id, business_day, sequence, number, code, language, task_id, status,
       issued_at, attend_target_ms, guide_target_ms, warning_share)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'issued', ?, ?, ?, ?)`,
  ).run(
    t.departmentId,
    t.businessDay,
    t.sequence,
    t.number,
    t.code,
    t.language,
    t.taskId,
    t.issuedAt,
    t.attendTargetMs,
    t.guideTargetMs,
    t.warningShare,
  );
  return getTicket(db, Number(result.lastInsertRowid))!;
}

export function getTicket(db: Db, id: number): Ticket | null {
  const row = prepared<[number], TicketRow>(db, 'SELECT * FROM tickets WHERE id = ?').get(id);
  return row ? toTicket(row) : null;
}

export function getTicketByCode(db: Db, code: string): Ticket | null {
  const row = prepared<[string], TicketRow>(db, 'SELECT * FROM tickets WHERE code = ?').get(code);
  return row ? toTicket(row) : null;
}

// A ticket waits only on the day it was issued: one never called by closing time is not
// called the next morning, and does not count as waiting.

/** The department's longest-waiting ticket today: first issued, first called. */
export function oldestWaitingTicket(db: Db, departmentId: number, businessDay: string): Ticket | null {
  const row = prepared<[number, string], TicketRow>(
    db,
    `SELECT * FROM tickets WHERE department_id = ? AND status = 'issued' AND business_day = ? ORDER BY id LIMIT 1`,
  ).get(departmentId, businessDay);
  return row ? toTicket(row) : null;
}

export function countWaitingAhead(db: Db, ticket: Ticket): number {
  return prepared<[number, string, number], { n: number }>(
    db,
    `SELECT COUNT(*) AS n FROM tickets
     WHERE department_id = ? AND status = 'issued' AND business_day = ? AND id < ?`,
  ).get(ticket.departmentId, ticket.businessDay, ticket.id)!.n;
}

export function listWaiting(db: Db, departmentId: number, businessDay: string): Ticket[] {
  return prepared<[number, string], TicketRow>(
    db,
    `SELECT * FROM tickets WHERE department_id = ? AND status = 'issued' AND business_day = ? ORDER BY id`,
  )
    .all(departmentId, businessDay)
    .map(toTicket);
}

export function listAtDesk(db: Db, deskId: number): Ticket[] {
  return prepared<[number], TicketRow>(
    db,
    `SELECT * FROM tickets WHERE desk_id = ? AND status IN ('arrived', 'acknowledged') ORDER BY arrived_at, id`,
  )
    .all(deskId)
    .map(toTicket);
}

export function listFinishedAtDesk(db: Db, deskId: number, businessDay: string, limit: number): Ticket[] {
  return prepared<[number, string, number], TicketRow>(
    db,
    `SELECT * FROM tickets WHERE desk_id = ? AND business_day = ? AND status IN ('served', 'noShow', 'transferred')
     ORDER BY finished_at DESC, id DESC LIMIT ?`,
  )
    .all(deskId, businessDay, limit)
    .map(toTicket);
}

export function markArrived(db: Db, id: number, deskId: number, at: number): Ticket {
  prepared(db, `UPDATE tickets SET status = 'arrived', desk_id = ?, arrived_at = ? WHERE id = ?`).run(
    deskId,
    at,
    id,
  );
  return getTicket(db, id)!;
}

export function markAcknowledged(db: Db, id: number, at: number): Ticket {
  prepared(db, `UPDATE tickets SET status = 'acknowledged', acknowledged_at = ? WHERE id = ?`).run(at, id);
  return getTicket(db, id)!;
}

export function markFinished(
  db: Db,
  id: number,
  status: Extract<VisitStatus, 'served' | 'noShow' | 'transferred'>,
  at: number,
  note: string | null,
): Ticket {
  prepared(db, 'UPDATE tickets SET status = ?, finished_at = ?, note = COALESCE(?, note) WHERE id = ?').run(
    status,
    at,
    note,
    id,
  );
  return getTicket(db, id)!;
}
