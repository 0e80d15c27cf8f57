import { getTicketByCode, markArrived } from '../../db/tickets';
import { HubError } from '../../shared/contract/errors';
import { normalizeTicketCode } from '../../shared/numbering/ticket-code';
import { businessDay } from '../../shared/time/business-day';
import type { Handler } from './handler';
import { requireDesk, requireTransition } from './rules';

export const checkIn: Handler<'checkIn'> = (ctx, input) => {
  const desk = requireDesk(ctx.db, input.deskId);
  const code = normalizeTicketCode(input.code);
  if (!code) throw new HubError('invalid_ticket_code', 'That is not a ticket code: check the nine digits.');
  const found = getTicketByCode(ctx.db, code);
  if (!found) throw new HubError('ticket_code_unknown', 'No ticket has this code.');
  if (found.businessDay !== businessDay(ctx.now)) {
    throw new HubError(
      'ticket_expired',
      `Ticket ${found.number} was issued on ${found.businessDay}; please take a new one.`,
    );
  }
  if (found.departmentId !== desk.departmentId) {
    throw new HubError('wrong_department', `Ticket ${found.number} is for another department.`);
  }
  requireTransition(found, 'arrive');
  const ticket = markArrived(ctx.db, found.id, desk.id, ctx.now);
  return { result: { ticket }, event: { type: 'ticketCheckedIn', ticket } };
};
