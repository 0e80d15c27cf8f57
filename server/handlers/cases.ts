import { getCase, insertCase, recordAnswer, recordClosed, recordDelay, saveContact } from '../../db/cases';
import { getDepartment } from '../../db/departments';
import { getDesk } from '../../db/desks';
import { getOfficeHours } from '../../db/office-hours';
import { getCharter } from '../../db/settings';
import { getStaff } from '../../db/staff';
import { getTicketByCode } from '../../db/tickets';
import { caseKindOf } from '../../shared/cases/case-kinds';
import { contactPurgeAt, KIOSK_CONTACT_PATTERN } from '../../shared/cases/case-contact';
import { nextCaseStatus, type CaseTransition } from '../../shared/cases/case-lifecycle';
import { deadlineDay, delayedDeadline, replyDeadline } from '../../shared/cases/reply-deadline';
import { replyDaysFor } from '../../shared/charter/presets';
import type { Case } from '../../shared/contract/case-views';
import { HubError } from '../../shared/contract/errors';
import type { Ticket } from '../../shared/contract/views';
import { normalizeTicketCode } from '../../shared/numbering/ticket-code';
import { businessDay } from '../../shared/time/business-day';
import { staffIdOf, type Handler, type HandlerContext } from './handler';

function requireTicketByCode(ctx: HandlerContext, typed: string): Ticket {
  const code = normalizeTicketCode(typed);
  if (!code) throw new HubError('invalid_ticket_code', 'That is not a ticket code: check the nine digits.');
  const ticket = getTicketByCode(ctx.db, code);
  if (!ticket) throw new HubError('ticket_code_unknown', 'No ticket has this code.');
  return ticket;
}

type Concerns = { departmentId?: number; deskId?: number; staffId?: number; ticketCode?: string };

/**
 * What a case concerns: what staff named, with the blanks filled from the visitor's ticket (its
 * department, the desk that served it and the official who attended).
 */
function resolveConcerns(ctx: HandlerContext, concerns: Concerns) {
  const ticket = concerns.ticketCode === undefined ? null : requireTicketByCode(ctx, concerns.ticketCode);
  const deskId = concerns.deskId ?? ticket?.deskId ?? null;
  const desk = deskId === null ? null : getDesk(ctx.db, deskId);
  if (deskId !== null && !desk) throw new HubError('desk_not_found', `There is no desk ${deskId}.`);
  const departmentId = concerns.departmentId ?? ticket?.departmentId ?? desk?.departmentId ?? null;
  if (departmentId !== null && !getDepartment(ctx.db, departmentId)) {
    throw new HubError('department_not_found', `There is no department ${departmentId}.`);
  }
  const staffId = concerns.staffId ?? ticket?.attendedByStaffId ?? null;
  if (staffId !== null && !getStaff(ctx.db, staffId)) {
    throw new HubError('staff_not_found', `There is no staff member ${staffId}.`);
  }
  return { ticket, deskId, departmentId, staffId };
}

export const receiveCase: Handler<'receiveCase'> = (ctx, input) => {
  const byStaff = ctx.actor.kind === 'staff' || ctx.actor.kind === 'system';
  // A lobby kiosk never learns who works where: naming an official, or a channel only staff
  // take in, is for a signed-in member of staff.
  if (!byStaff && (input.channel !== 'kiosk' || input.concerns.staffId !== undefined)) {
    throw new HubError('forbidden', 'Only staff record a case received by phone, letter or in person.');
  }
  if (!byStaff && input.contact !== undefined && !KIOSK_CONTACT_PATTERN.test(input.contact)) {
    throw new HubError('invalid_input', 'contact: a phone number, digits only.');
  }
  const { ticket, deskId, departmentId, staffId } = resolveConcerns(ctx, input.concerns);
  const kind = caseKindOf(input.category);
  const charter = getCharter(ctx.db);
  const replyDays = charter === null ? null : replyDaysFor(charter, kind);
  const received = insertCase(ctx.db, {
    kind,
    category: input.category,
    channel: input.channel,
    language: input.language,
    description: input.description,
    departmentId,
    deskId,
    staffId,
    ticketId: ticket?.id ?? null,
    ticketNumber: ticket?.number ?? null,
    ticketDay: ticket?.businessDay ?? null,
    receivedAt: ctx.now,
    receivedBy: staffIdOf(ctx.actor),
    replyDays,
    dueAt: replyDays === null ? null : replyDeadline(ctx.now, replyDays, getOfficeHours(ctx.db)),
    year: businessDay(ctx.now).slice(0, 4),
  });
  if (input.contact !== undefined) saveContact(ctx.db, received.id, input.contact, ctx.now);
  const stored = input.contact === undefined ? received : getCase(ctx.db, received.id)!;
  return { result: { case: stored }, event: { type: 'caseReceived', case: stored } };
};

function requireCaseStep(ctx: HandlerContext, caseId: number, transition: CaseTransition): Case {
  const found = getCase(ctx.db, caseId);
  if (!found) throw new HubError('case_not_found', `There is no case ${caseId}.`);
  if (nextCaseStatus(found.status, transition) === null) {
    throw new HubError(
      'illegal_transition',
      `Case ${found.number} is ${found.status}; it cannot be ${transition}.`,
    );
  }
  return found;
}

export const notifyCaseDelay: Handler<'notifyCaseDelay'> = (ctx, input) => {
  const found = requireCaseStep(ctx, input.caseId, 'notifyDelay');
  if (
    input.newDueDay < businessDay(ctx.now) ||
    (found.dueAt !== null && input.newDueDay <= deadlineDay(found.dueAt))
  ) {
    throw new HubError(
      'due_day_not_later',
      `The new date must be after the deadline of case ${found.number}.`,
    );
  }
  const delayed = recordDelay(ctx.db, found.id, {
    at: ctx.now,
    by: staffIdOf(ctx.actor),
    reason: input.reason,
    dueAt: delayedDeadline(input.newDueDay),
    // 000 promises the notice "미리": one given after the deadline passed does not keep it.
    late: found.dueAt !== null && ctx.now > found.dueAt,
  });
  return { result: { case: delayed }, event: { type: 'caseDelayNotified', case: delayed } };
};

export const answerCase: Handler<'answerCase'> = (ctx, input) => {
  const found = requireCaseStep(ctx, input.caseId, 'answer');
  const answered = recordAnswer(ctx.db, found.id, {
    at: ctx.now,
    by: staffIdOf(ctx.actor),
    summary: input.summary,
    upheld: input.upheld ?? null,
    contactPurgeAt: contactPurgeAt(ctx.now),
  });
  return { result: { case: answered }, event: { type: 'caseAnswered', case: answered } };
};

export const closeCase: Handler<'closeCase'> = (ctx, input) => {
  const found = requireCaseStep(ctx, input.caseId, 'close');
  const closed = recordClosed(ctx.db, found.id, { at: ctx.now, by: staffIdOf(ctx.actor) });
  return { result: { case: closed }, event: { type: 'caseClosed', case: closed } };
};
