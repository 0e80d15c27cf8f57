import { caseNumber } from '../shared/cases/case-contact';
import type { Case, CaseRecord, CaseStep, CaseStepKind } from '../shared/contract/case-views';
import type { CaseReportRecord } from '../shared/report/case-summary';
import type { UnkindnessReport } from '../shared/cases/unkindness-count';
import type { Db } from './open-database';
import { prepared } from './prepared';

type CaseRow = {
  id: number;
  number: string;
  kind: Case['kind'];
  category: Case['category'];
  channel: Case['channel'];
  language: Case['language'];
  description: string;
  department_id: number | null;
  desk_id: number | null;
  staff_id: number | null;
  ticket_id: number | null;
  ticket_number: string | null;
  ticket_day: string | null;
  received_at: number;
  received_by: number | null;
  reply_days: number | null;
  original_due_at: number | null;
  due_at: number | null;
  status: Case['status'];
  delay_reason: string | null;
  delay_notified_at: number | null;
  late_delay_notice: number;
  answered_at: number | null;
  answered_by: number | null;
  answer_summary: string | null;
  upheld: number | null;
  closed_at: number | null;
  closed_by: number | null;
  has_contact: number;
};

type StepRow = {
  case_id: number;
  step: CaseStepKind;
  at: number;
  staff_id: number | null;
  note: string | null;
  due_at: number | null;
};

const SELECT_CASE = `SELECT c.*, EXISTS (SELECT 1 FROM case_contacts k WHERE k.case_id = c.id) AS has_contact
  FROM cases c`;

function toCase(r: CaseRow): Case {
  return {
    id: r.id,
    number: r.number,
    kind: r.kind,
    category: r.category,
    channel: r.channel,
    language: r.language,
    description: r.description,
    departmentId: r.department_id,
    deskId: r.desk_id,
    staffId: r.staff_id,
    ticketId: r.ticket_id,
    ticketNumber: r.ticket_number,
    ticketDay: r.ticket_day,
    receivedAt: r.received_at,
    receivedBy: r.received_by,
    replyDays: r.reply_days,
    originalDueAt: r.original_due_at,
    dueAt: r.due_at,
    status: r.status,
    delayReason: r.delay_reason,
    delayNotifiedAt: r.delay_notified_at,
    lateDelayNotice: r.late_delay_notice === 1,
    answeredAt: r.answered_at,
    answeredBy: r.answered_by,
    answerSummary: r.answer_summary,
    upheld: r.upheld === null ? null : r.upheld === 1,
    closedAt: r.closed_at,
    closedBy: r.closed_by,
    hasContact: r.has_contact === 1,
  };
}

function toStep(r: StepRow): CaseStep {
  return { caseId: r.case_id, step: r.step, at: r.at, staffId: r.staff_id, note: r.note, dueAt: r.due_at };
}

export type NewCase = Pick<
  Case,
  | 'kind'
  | 'category'
  | 'channel'
  | 'language'
  | 'description'
  | 'departmentId'
  | 'deskId'
  | 'staffId'
  | 'ticketId'
  | 'ticketNumber'
  | 'ticketDay'
  | 'receivedAt'
  | 'receivedBy'
  | 'replyDays'
  | 'dueAt'
> & { year: string };

/** Numbers the case within its year (gapless: it runs inside the receiving transaction). */
export function insertCase(db: Db, c: NewCase): Case {
  const sequence = prepared<[string], { last_sequence: number }>(
    db,
    `INSERT INTO case_counters (year, last_sequence) VALUES (?, 1)
     ON CONFLICT (year) DO UPDATE SET last_sequence = last_sequence + 1 RETURNING last_sequence`,
  ).get(c.year)!.last_sequence;
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO cases (number, kind, category, channel, language, description, department_id, desk_id, staff_id,
       ticket_id, ticket_number, ticket_day, received_at, received_by, reply_days, original_due_at, due_at, status)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received')`,
  ).run(
    caseNumber(c.year, sequence),
    c.kind,
    c.category,
    c.channel,
    c.language,
    c.description,
    c.departmentId,
    c.deskId,
    c.staffId,
    c.ticketId,
    c.ticketNumber,
    c.ticketDay,
    c.receivedAt,
    c.receivedBy,
    c.replyDays,
    c.dueAt,
    c.dueAt,
  );
  const id = Number(lastInsertRowid);
  insertStep(db, {
    caseId: id,
    step: 'received',
    at: c.receivedAt,
    staffId: c.receivedBy,
    note: null,
    dueAt: c.dueAt,
  });
  return getCase(db, id)!;
}

function insertStep(db: Db, s: CaseStep): void {
  prepared(
    db,
    'INSERT INTO case_steps (case_id, step, at, staff_id, note, due_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(s.caseId, s.step, s.at, s.staffId, s.note, s.dueAt);
}

export function saveContact(db: Db, caseId: number, contact: string, consentedAt: number): void {
  prepared(db, 'INSERT INTO case_contacts (case_id, contact, consented_at) VALUES (?, ?, ?)').run(
    caseId,
    contact,
    consentedAt,
  );
}

export function getCase(db: Db, id: number): Case | null {
  const row = prepared<[number], CaseRow>(db, `${SELECT_CASE} WHERE c.id = ?`).get(id);
  return row ? toCase(row) : null;
}

export function recordDelay(
  db: Db,
  id: number,
  d: { at: number; by: number | null; reason: string; dueAt: number; late: boolean },
): Case {
  prepared(
    db,
    `UPDATE cases SET status = 'delayNotified', delay_reason = ?, delay_notified_at = ?, due_at = ?,
       late_delay_notice = late_delay_notice OR ? WHERE id = ?`,
  ).run(d.reason, d.at, d.dueAt, d.late ? 1 : 0, id);
  insertStep(db, {
    caseId: id,
    step: 'delayNotified',
    at: d.at,
    staffId: d.by,
    note: d.reason,
    dueAt: d.dueAt,
  });
  return getCase(db, id)!;
}

export function recordAnswer(
  db: Db,
  id: number,
  a: { at: number; by: number | null; summary: string; upheld: boolean | null; contactPurgeAt: number },
): Case {
  prepared(
    db,
    `UPDATE cases SET status = 'answered', answered_at = ?, answered_by = ?, answer_summary = ?, upheld = ?
     WHERE id = ?`,
  ).run(a.at, a.by, a.summary, a.upheld === null ? null : a.upheld ? 1 : 0, id);
  prepared(db, 'UPDATE case_contacts SET purge_at = ? WHERE case_id = ?').run(a.contactPurgeAt, id);
  insertStep(db, { caseId: id, step: 'answered', at: a.at, staffId: a.by, note: a.summary, dueAt: null });
  return getCase(db, id)!;
}

export function recordClosed(db: Db, id: number, c: { at: number; by: number | null }): Case {
  prepared(db, `UPDATE cases SET status = 'closed', closed_at = ?, closed_by = ? WHERE id = ?`).run(
    c.at,
    c.by,
    id,
  );
  insertStep(db, { caseId: id, step: 'closed', at: c.at, staffId: c.by, note: null, dueAt: null });
  return getCase(db, id)!;
}

export function hasDueContacts(db: Db, now: number): boolean {
  return (
    prepared<[number], { one: number }>(
      db,
      'SELECT 1 AS one FROM case_contacts WHERE purge_at IS NOT NULL AND purge_at <= ? LIMIT 1',
    ).get(now) !== undefined
  );
}

/** Deletes the contacts whose time has come and returns the cases they belonged to. */
export function purgeDueContacts(db: Db, now: number): number[] {
  return prepared<[number], { case_id: number }>(
    db,
    'DELETE FROM case_contacts WHERE purge_at IS NOT NULL AND purge_at <= ? RETURNING case_id',
  )
    .all(now)
    .map((r) => r.case_id)
    .sort((a, b) => a - b);
}

/**
 * The manager's list: every open case, and every case received between `fromMs` and `toMs`,
 * newest first, with their steps and contacts.
 */
export function listCaseRecords(db: Db, fromMs: number, toMs: number): CaseRecord[] {
  const cases = prepared<[number, number], CaseRow>(
    db,
    `${SELECT_CASE}
     WHERE c.status IN ('received', 'delayNotified') OR (c.received_at >= ? AND c.received_at < ?)
     ORDER BY c.received_at DESC, c.id DESC`,
  )
    .all(fromMs, toMs)
    .map(toCase);
  const steps = prepared<[number], StepRow>(db, 'SELECT * FROM case_steps WHERE case_id = ? ORDER BY id');
  const contact = prepared<[number], { contact: string }>(
    db,
    'SELECT contact FROM case_contacts WHERE case_id = ?',
  );
  return cases.map((c) => ({
    ...c,
    steps: steps.all(c.id).map(toStep),
    contact: contact.get(c.id)?.contact ?? null,
  }));
}

/** Every unkindness report received after `sinceMs`: what the rolling count is made from. */
export function listUnkindnessReports(db: Db, sinceMs: number): UnkindnessReport[] {
  return prepared<
    [number],
    { received_at: number; staff_id: number | null; desk_id: number | null; upheld: number | null }
  >(
    db,
    `SELECT received_at, staff_id, desk_id, upheld FROM cases WHERE kind = 'unkindness' AND received_at > ?`,
  )
    .all(sinceMs)
    .map((r) => ({
      kind: 'unkindness' as const,
      receivedAt: r.received_at,
      staffId: r.staff_id,
      deskId: r.desk_id,
      upheld: r.upheld === null ? null : r.upheld === 1,
    }));
}

/** The cases received between `fromMs` and `toMs`, oldest first, with the names a report prints. */
export function* iterateCaseReportRecords(db: Db, fromMs: number, toMs: number): Generator<CaseReportRecord> {
  const rows = prepared<
    [number, number],
    CaseRow & { department_ko: string | null; desk_ko: string | null; staff_name: string | null }
  >(
    db,
    `SELECT c.*, EXISTS (SELECT 1 FROM case_contacts k WHERE k.case_id = c.id) AS has_contact,
            d.name_ko AS department_ko, k.name_ko AS desk_ko, s.name AS staff_name
     FROM cases c
     LEFT JOIN departments d ON d.id = c.department_id
     LEFT JOIN desks k ON k.id = c.desk_id
     LEFT JOIN staff s ON s.id = c.staff_id
     WHERE c.received_at >= ? AND c.received_at < ?
     ORDER BY c.received_at, c.id`,
  );
  for (const r of rows.iterate(fromMs, toMs)) {
    yield { ...toCase(r), departmentKo: r.department_ko, deskKo: r.desk_ko, staffName: r.staff_name };
  }
}

/** The steps of the cases received between `fromMs` and `toMs`, in case and step order. */
export function listCaseSteps(db: Db, fromMs: number, toMs: number): CaseStep[] {
  return prepared<[number, number], StepRow>(
    db,
    `SELECT s.* FROM case_steps s JOIN cases c ON c.id = s.case_id
     WHERE c.received_at >= ? AND c.received_at < ? ORDER BY c.received_at, c.id, s.id`,
  )
    .all(fromMs, toMs)
    .map(toStep);
}
