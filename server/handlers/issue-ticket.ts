import { getDepartment, getTask } from '../../db/departments';
import { getOfficeHours } from '../../db/office-hours';
import { HubError } from '../../shared/contract/errors';
import { officeStatus } from '../../shared/hours/office-hours';
import { ticketsAhead } from '../queue/department-queue';
import type { Handler } from './handler';
import { queueNewTicket } from './new-ticket';
import { requireEarlierVisit } from './rules';

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
  const ticket = queueNewTicket(ctx, department, {
    language: input.language,
    taskId: input.taskId ?? null,
    note: null,
    repeatOfTicketId: earlier?.id ?? null,
    transferredFromTicketId: null,
    firstTicketId: null,
    priorityNeed: input.priorityNeed ?? null,
  });
  return {
    result: { ticket, ahead: ticketsAhead(ctx.db, ticket) },
    event: { type: 'ticketIssued', ticket },
  };
};
