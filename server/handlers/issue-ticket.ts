import { getDepartment, getTask } from '../../db/departments';
import { getOfficeHours } from '../../db/office-hours';
import { getCharter } from '../../db/settings';
import { countWaitingAhead, insertTicket, nextTicketSequence } from '../../db/tickets';
import { HubError } from '../../shared/contract/errors';
import { officeStatus } from '../../shared/hours/office-hours';
import { formatTicketNumber } from '../../shared/numbering/ticket-number';
import { businessDay } from '../../shared/time/business-day';
import { DEFAULT_WARNING_SHARE } from '../../shared/visit/clocks';
import type { Handler } from './handler';
import { requireEarlierVisit } from './rules';
import { uniqueTicketCode } from './ticket-code';

export const issueTicket: Handler<'issueTicket'> = (ctx, input) => {
  const department = getDepartment(ctx.db, input.departmentId);
  if (!department)
    throw new HubError('department_not_found', `There is no department ${input.departmentId}.`);
  const status = officeStatus(getOfficeHours(ctx.db), ctx.now);
  if (!status.open) {
    const opens = status.opensAt === null ? 'not scheduled' : new Date(status.opensAt).toISOString();
    throw new HubError('office_closed', `The office is closed (${status.reason}); it opens ${opens}.`);
  }
  if (!department.accepting) {
    throw new HubError('department_closed', `${department.nameEn} is not taking tickets now.`);
  }
  if (input.taskId !== undefined) {
    const task = getTask(ctx.db, input.taskId);
    if (!task || task.departmentId !== department.id) {
      throw new HubError('wrong_department', `Task ${input.taskId} is not handled by ${department.nameEn}.`);
    }
  }
  const earlier =
    input.repeatOfCode === undefined ? null : requireEarlierVisit(ctx.db, input.repeatOfCode, ctx.now);
  const charter = getCharter(ctx.db);
  const day = businessDay(ctx.now);
  const sequence = nextTicketSequence(ctx.db, department.id, day);
  const ticket = insertTicket(ctx.db, {
    departmentId: department.id,
    businessDay: day,
    sequence,
    number: formatTicketNumber(department.prefix, sequence),
    code: uniqueTicketCode(ctx),
    language: input.language,
    taskId: input.taskId ?? null,
    issuedAt: ctx.now,
    attendTargetMs: charter?.attendTargetMs ?? null,
    guideTargetMs: charter?.guideTargetMs ?? null,
    warningShare: charter?.warningShare ?? DEFAULT_WARNING_SHARE,
    note: null,
    repeatOfTicketId: earlier?.id ?? null,
    transferredFromTicketId: null,
  });
  return {
    result: { ticket, ahead: countWaitingAhead(ctx.db, ticket) },
    event: { type: 'ticketIssued', ticket },
  };
};
