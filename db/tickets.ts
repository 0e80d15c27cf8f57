import type { DepartmentCall, Language, Ticket } from '../shared/contract/views';
import type { QueuedTicket, QueueCount } from '../shared/queue/next-visitor';
import type { PriorityNeed } from '../shared/queue/priority-rule';
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
  repeat_of_ticket_id: number | null;
  transferred_from_ticket_id: number | null;
  priority: number;
  last_called_at: number | null;
  call_count: number;
  routed_from_desk_id: number | null;
  attended_by_staff_id: number | null;
  repeat_judged_at: number | null;
  repeat_staff_error: number | null;
  repeat_reason: string | null;
  finish_note: string | null;
  priority_need: PriorityNeed | null;
  first_ticket_id: number | null;
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
    finishNote: r.finish_note,
    repeatOfTicketId: r.repeat_of_ticket_id,
    repeatJudgement:
      r.repeat_judged_at === null
        ? null
        : {
            judgedAt: r.repeat_judged_at,
            staffError: r.repeat_staff_error === 1,
            reason: r.repeat_reason ?? '',
          },
    transferredFromTicketId: r.transferred_from_ticket_id,
    firstTicketId: r.first_ticket_id ?? r.id,
    servedFirst: r.priority > 0,
    prioritized: r.priority_need !== null,
    priorityNeed: r.priority_need,
    lastCalledAt: r.last_called_at,
    callCount: r.call_count,
    routedFromDeskId: r.routed_from_desk_id,
    attendedByStaffId: r.attended_by_staff_id,
  };
}

/**
 * The next number of a department's day: one after its last. Read inside the issuing
 * transaction, so numbers are gapless and never repeat; the UNIQUE index on department, day
 * and number answers it without a table read, and refuses a repeat anyway.
 */
export function nextTicketSequence(db: Db, departmentId: number, businessDay: string): number {
  return prepared<[number, string], { next: number }>(
    db,
    'SELECT ifnull(max(sequence), 0) + 1 AS next FROM tickets WHERE department_id = ? AND business_day = ?',
  ).get(departmentId, businessDay)!.next;
}

export type NewTicket = Pick<
  Ticket,
  | 'departmentId'
  | 'businessDay'
  | 'number'
  | 'language'
  | 'taskId'
  | 'issuedAt'
  | 'attendTargetMs'
  | 'guideTargetMs'
  | 'warningShare'
  | 'note'
  | 'repeatOfTicketId'
  | 'transferredFromTicketId'
  | 'priorityNeed'
> & {
  sequence: number;
  /** A transfer's: the first ticket of the chain, whose place the visitor keeps; null for a new visit. */
  firstTicketId: number | null;
};

/**
 * Inserts a waiting ticket with the first code from `drawCode` that no other ticket has. The
 * UNIQUE index on the code decides, so no lookup comes first; and the ticket is returned as
 * inserted, without reading it back.
 */
export function insertTicket(db: Db, t: NewTicket, drawCode: () => string): Ticket {
  const insert = prepared(
    db,
    `INSERT INTO tickets (department_id, business_day, sequence, number, code, language, task_id, status,
       issued_at, attend_target_ms, guide_target_ms, warning_share, note, repeat_of_ticket_id,
       transferred_from_ticket_id, priority_need, first_ticket_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'issued', ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (code) DO NOTHING`,
  );
  for (;;) {
    const code = drawCode();
    const result = insert.run(
      t.departmentId,
      t.businessDay,
      t.sequence,
      t.number,
      code,
      t.language,
      t.taskId,
      t.issuedAt,
      t.attendTargetMs,
      t.guideTargetMs,
      t.warningShare,
      t.note,
      t.repeatOfTicketId,
      t.transferredFromTicketId,
      t.priorityNeed,
      t.firstTicketId,
    );
    if (result.changes === 0) continue;
    const id = Number(result.lastInsertRowid);
    return {
      id,
      number: t.number,
      code,
      departmentId: t.departmentId,
      deskId: null,
      taskId: t.taskId,
      status: 'issued',
      language: t.language,
      businessDay: t.businessDay,
      issuedAt: t.issuedAt,
      arrivedAt: null,
      acknowledgedAt: null,
      finishedAt: null,
      attendTargetMs: t.attendTargetMs,
      guideTargetMs: t.guideTargetMs,
      warningShare: t.warningShare,
      note: t.note,
      finishNote: null,
      repeatOfTicketId: t.repeatOfTicketId,
      repeatJudgement: null,
      transferredFromTicketId: t.transferredFromTicketId,
      firstTicketId: t.firstTicketId ?? id,
      servedFirst: false,
      prioritized: t.priorityNeed !== null,
      priorityNeed: t.priorityNeed,
      lastCalledAt: null,
      callCount: 0,
      routedFromDeskId: null,
      attendedByStaffId: null,
    };
  }
}

/** Every ticket in id order with its rating, read one at a time: what verify-log holds to the log. */
export function* iterateTicketsWithRating(
  db: Db,
): Generator<Ticket & { rating: number | null; ratedAt: number | null }> {
  for (const row of prepared<[], TicketRow & { rating: number | null; rated_at: number | null }>(
    db,
    'SELECT * FROM tickets ORDER BY id',
  ).iterate()) {
    yield { ...toTicket(row), rating: row.rating, ratedAt: row.rated_at };
  }
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

/** The department's waiting tickets today, in the order they were issued. */
export function listWaiting(db: Db, departmentId: number, businessDay: string): Ticket[] {
  return prepared<[number, string], TicketRow>(
    db,
    `SELECT * FROM tickets WHERE department_id = ? AND status = 'issued' AND business_day = ? ORDER BY id`,
  )
    .all(departmentId, businessDay)
    .map(toTicket);
}

/** A department's queue today, counted through its indexes rather than listed. */
export function countQueued(db: Db, departmentId: number, businessDay: string): QueueCount {
  const { waiting, newest } = prepared<[number, string], { waiting: number; newest: number | null }>(
    db,
    `SELECT count(*) AS waiting, max(id) AS newest FROM tickets
     WHERE department_id = ? AND status = 'issued' AND business_day = ?`,
  ).get(departmentId, businessDay)!;
  const prioritized = prepared<[number, string], number>(
    db,
    `SELECT count(*) FROM tickets INDEXED BY tickets_priority_waiting
     WHERE department_id = ? AND business_day = ? AND status = 'issued' AND priority_need IS NOT NULL AND priority = 0`,
  )
    .pluck()
    .get(departmentId, businessDay)!;
  return { waiting, newestId: newest, prioritized };
}

/** Just what deciding the calling order needs of the same tickets: cheap for a long queue. */
export function listQueued(db: Db, departmentId: number, businessDay: string): QueuedTicket[] {
  return prepared<
    [number, string],
    { id: number; issued_at: number; first_ticket_id: number; priority: number; priority_need: string | null }
  >(
    db,
    `SELECT id, issued_at, ifnull(first_ticket_id, id) AS first_ticket_id, priority, priority_need FROM tickets
     WHERE department_id = ? AND status = 'issued' AND business_day = ? ORDER BY id`,
  )
    .all(departmentId, businessDay)
    .map((r) => ({
      id: r.id,
      issuedAt: r.issued_at,
      firstTicketId: r.first_ticket_id,
      servedFirst: r.priority > 0,
      prioritized: r.priority_need !== null,
    }));
}

/** The department's calls today (numbers called, tickets checked in), oldest first. */
export function listDepartmentCalls(db: Db, departmentId: number, businessDay: string): DepartmentCall[] {
  return prepared<[number, string], { id: number; prioritized: number; arrived_at: number }>(
    db,
    `SELECT id, priority_need IS NOT NULL AS prioritized, arrived_at FROM tickets
     WHERE department_id = ? AND business_day = ? AND arrived_at IS NOT NULL ORDER BY arrived_at, id`,
  )
    .all(departmentId, businessDay)
    .map((r) => ({ ticketId: r.id, prioritized: r.prioritized === 1, at: r.arrived_at }));
}

/** Today's visitors at the desk; an earlier day's are closed at its end and never shown again. */
export function listAtDesk(db: Db, deskId: number, businessDay: string): Ticket[] {
  return prepared<[number, string], TicketRow>(
    db,
    `SELECT * FROM tickets WHERE desk_id = ? AND status IN ('arrived', 'acknowledged') AND business_day = ?
     ORDER BY arrived_at, id`,
  )
    .all(deskId, businessDay)
    .map(toTicket);
}

/**
 * Closes every visit that a business day before `today` left open (see `closeAtDayEnd` in
 * shared/visit/lifecycle.ts) and returns them as they are now, oldest first. Times stay as they
 * were: no finish time is invented.
 */
export function closeVisitsLeftOpenBefore(db: Db, today: string): Ticket[] {
  return prepared<[string], TicketRow>(
    db,
    `UPDATE tickets SET status = 'closedAtDayEnd'
     WHERE status IN ('issued', 'arrived', 'acknowledged') AND business_day < ?
     RETURNING *`,
  )
    .all(today)
    .map(toTicket)
    .sort((a, b) => a.id - b.id);
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

/** A queue desk called the number: the visitor is now expected at `deskId`. */
export function markCalled(db: Db, id: number, deskId: number, at: number): Ticket {
  prepared(
    db,
    `UPDATE tickets SET status = 'arrived', desk_id = ?, arrived_at = ?, last_called_at = ?, call_count = 1
     WHERE id = ?`,
  ).run(deskId, at, at, id);
  return getTicket(db, id)!;
}

/**
 * A direct-service desk took the ticket in. When it was meant for an away desk it goes to the
 * stand-in, and counts as a call so the display tells the visitor where to go.
 */
export function markCheckedIn(
  db: Db,
  id: number,
  deskId: number,
  at: number,
  routedFromDeskId: number | null,
): Ticket {
  prepared(
    db,
    `UPDATE tickets SET status = 'arrived', desk_id = ?, arrived_at = ?, routed_from_desk_id = ?,
       last_called_at = CASE WHEN ? IS NULL THEN last_called_at ELSE ? END,
       call_count = CASE WHEN ? IS NULL THEN call_count ELSE call_count + 1 END
     WHERE id = ?`,
  ).run(deskId, at, routedFromDeskId, routedFromDeskId, at, routedFromDeskId, id);
  return getTicket(db, id)!;
}

export function markRecalled(db: Db, id: number, at: number): Ticket {
  prepared(db, 'UPDATE tickets SET last_called_at = ?, call_count = call_count + 1 WHERE id = ?').run(at, id);
  return getTicket(db, id)!;
}

export function markAcknowledged(db: Db, id: number, at: number, staffId: number | null): Ticket {
  prepared(
    db,
    `UPDATE tickets SET status = 'acknowledged', acknowledged_at = ?, attended_by_staff_id = ? WHERE id = ?`,
  ).run(at, staffId, id);
  return getTicket(db, id)!;
}

export function recordRepeatJudgement(
  db: Db,
  id: number,
  judgement: { earlierTicketId: number; judgedAt: number; staffError: boolean; reason: string },
): Ticket {
  prepared(
    db,
    `UPDATE tickets SET repeat_of_ticket_id = ?, repeat_judged_at = ?, repeat_staff_error = ?, repeat_reason = ?,
       priority = CASE WHEN ? THEN 1 ELSE priority END
     WHERE id = ?`,
  ).run(
    judgement.earlierTicketId,
    judgement.judgedAt,
    judgement.staffError ? 1 : 0,
    judgement.reason,
    judgement.staffError ? 1 : 0,
    id,
  );
  return getTicket(db, id)!;
}

/** Today's most recent calls, newest first: what the wall display shows. */
export function listRecentCalls(db: Db, businessDay: string, limit: number): Ticket[] {
  return prepared<[string, number], TicketRow>(
    db,
    `SELECT * FROM tickets WHERE business_day = ? AND last_called_at IS NOT NULL
     ORDER BY last_called_at DESC, id DESC LIMIT ?`,
  )
    .all(businessDay, limit)
    .map(toTicket);
}

/** Times of the visits a desk acknowledged today, for its own figures. */
export function listAcknowledgedAtDesk(db: Db, deskId: number, businessDay: string): Ticket[] {
  return prepared<[number, string], TicketRow>(
    db,
    `SELECT * FROM tickets WHERE desk_id = ? AND business_day = ? AND acknowledged_at IS NOT NULL ORDER BY id`,
  )
    .all(deskId, businessDay)
    .map(toTicket);
}

export function countFinishedAtDesk(
  db: Db,
  deskId: number,
  businessDay: string,
  status: 'served' | 'noShow',
): number {
  return prepared<[number, string, string], { n: number }>(
    db,
    'SELECT COUNT(*) AS n FROM tickets WHERE desk_id = ? AND business_day = ? AND status = ?',
  ).get(deskId, businessDay, status)!.n;
}

export function getTickets(db: Db, ids: readonly number[]): Ticket[] {
  return ids.flatMap((id) => {
    const ticket = getTicket(db, id);
    return ticket ? [ticket] : [];
  });
}

export function markFinished(
  db: Db,
  id: number,
  status: Extract<VisitStatus, 'served' | 'noShow' | 'transferred'>,
  at: number,
  finishNote: string | null,
): Ticket {
  prepared(db, 'UPDATE tickets SET status = ?, finished_at = ?, finish_note = ? WHERE id = ?').run(
    status,
    at,
    finishNote,
    id,
  );
  return getTicket(db, id)!;
}

/**
 * Service times (finished − acknowledged) of a department's latest served visits of the day.
 * Every kiosk and lobby read asks this. Left to itself, SQLite walked the department's finished
 * visits newest first to spare a sort, through every earlier day until it found the day's: in a
 * morning before the first visit was served, all of them (about half a second a read with 500,000
 * visits: most of the hub's first answer in bench:start). Through the day's own rows it sorts a few
 * hundred at most.
 */
export function recentServiceTimes(
  db: Db,
  departmentId: number,
  businessDay: string,
  limit: number,
): number[] {
  return prepared<[number, string, number], { ms: number }>(
    db,
    `SELECT finished_at - acknowledged_at AS ms FROM tickets INDEXED BY tickets_waiting
     WHERE department_id = ? AND business_day = ? AND status = 'served' AND acknowledged_at IS NOT NULL
     ORDER BY finished_at DESC LIMIT ?`,
  )
    .all(departmentId, businessDay, limit)
    .map((r) => r.ms);
}

/** A department's visitors at a desk now (called or checked in, not yet finished). */
export function listAtDesksOf(db: Db, departmentId: number): Ticket[] {
  return prepared<[number], TicketRow>(
    db,
    `SELECT * FROM tickets WHERE department_id = ? AND status IN ('arrived', 'acknowledged') AND desk_id IS NOT NULL`,
  )
    .all(departmentId)
    .map(toTicket);
}

/**
 * How long the department's latest finished visits kept a desk (finished − arrived: the walk up,
 * the wait to be heard and the service), newest first. The day's own visits once it has them;
 * in the first hour of a morning, the previous day's last ones.
 */
export function recentDeskTimes(db: Db, departmentId: number, limit: number): number[] {
  return prepared<[number, number], { ms: number }>(
    db,
    `SELECT finished_at - arrived_at AS ms FROM tickets
     WHERE department_id = ? AND status IN ('served', 'noShow') AND arrived_at IS NOT NULL AND finished_at IS NOT NULL
     ORDER BY finished_at DESC LIMIT ?`,
  )
    .all(departmentId, limit)
    .map((r) => r.ms);
}
