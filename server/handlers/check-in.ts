import { getTicketByCode, markCheckedIn } from '../../db/tickets';
import { HubError } from '../../shared/contract/errors';
import { normalizeTicketCode } from '../../shared/numbering/ticket-code';
import type { Handler } from './handler';
import { deskServingFor, requireDesk, requireTodaysTicket, requireTransition } from './rules';

export const checkIn: Handler<'checkIn'> = (ctx, input) => {
  const desk = requireDesk(ctx.db, input.deskId);
  const code = normalizeTicketCode(input.code);
  if (!code) throw new HubError('invalid_ticket_code', 'That is not a ticket code: check the nine digits.');
  const found = getTicketByCode(ctx.db, code);
  if (!found) throw new HubError('ticket_code_unknown', 'No ticket has this code.');
  requireTodaysTicket(found, ctx.now);
  if (found.departmentId !== desk.departmentId) {
    throw new HubError('wrong_department', `Ticket ${found.number} is for another department.`);
  }
  requireTransition(found, 'arrive');
  const servingDeskId = deskServingFor(ctx.db, desk);
  const routedFrom = servingDeskId === desk.id ? null : desk.id;
  const ticket = markCheckedIn(ctx.db, found.id, servingDeskId, ctx.now, routedFrom);
  return { result: { ticket }, event: { type: 'ticketCheckedIn', ticket } };
};
