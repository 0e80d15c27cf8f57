import { getTicket, markCalled } from '../../db/tickets';
import { HubError } from '../../shared/contract/errors';
import type { Handler } from './handler';
import { requireDesk, requireDeskPresent, requireTodaysTicket, requireTransition } from './rules';

/** Calls one particular waiting ticket out of turn (e.g. a visitor the desk can see waiting). */
export const callTicket: Handler<'callTicket'> = (ctx, input) => {
  const desk = requireDesk(ctx.db, input.deskId);
  requireDeskPresent(ctx.db, desk);
  const found = getTicket(ctx.db, input.ticketId);
  if (!found) throw new HubError('ticket_not_found', `There is no ticket ${input.ticketId}.`);
  if (found.departmentId !== desk.departmentId) {
    throw new HubError('wrong_department', `Ticket ${found.number} is for another department.`);
  }
  requireTodaysTicket(found, ctx.now);
  requireTransition(found, 'arrive');
  const ticket = markCalled(ctx.db, found.id, desk.id, ctx.now);
  return { result: { ticket }, event: { type: 'ticketCalled', ticket } };
};
