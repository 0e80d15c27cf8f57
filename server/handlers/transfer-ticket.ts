import { getDepartment } from '../../db/departments';
import { markFinished } from '../../db/tickets';
import { HubError } from '../../shared/contract/errors';
import { ticketsAhead } from '../queue/department-queue';
import type { Handler } from './handler';
import { queueNewTicket } from './new-ticket';
import { requireDesk, requireTicketAtDesk, requireTransition } from './rules';

/**
 * Finishes the visit here and issues a ticket in the other department that carries the note,
 * so the visitor never has to explain again (a promise of every seed charter).
 */
export const transferTicket: Handler<'transferTicket'> = (ctx, input) => {
  const desk = requireDesk(ctx.db, input.deskId);
  const found = requireTicketAtDesk(ctx.db, desk, input.ticketId, ctx.now);
  requireTransition(found, 'transfer');
  const target = getDepartment(ctx.db, input.toDepartmentId);
  if (!target) throw new HubError('department_not_found', `There is no department ${input.toDepartmentId}.`);
  if (target.id === desk.departmentId) {
    throw new HubError('wrong_department', 'A transfer goes to another department.');
  }
  const ticket = markFinished(ctx.db, found.id, 'transferred', ctx.now, input.note);
  const transferredTo = queueNewTicket(ctx, target, {
    language: found.language,
    taskId: null,
    note: input.note,
    repeatOfTicketId: found.repeatOfTicketId,
    transferredFromTicketId: found.id,
    // The visitor already waited once: they keep the place their first ticket gave them.
    firstTicketId: found.firstTicketId,
    // A visitor who needed priority in one department still needs it in the next.
    priorityNeed: found.priorityNeed,
  });
  return {
    result: { ticket, transferredTo, ahead: ticketsAhead(ctx.db, transferredTo) },
    event: { type: 'ticketTransferred', ticket, transferredTo },
  };
};
