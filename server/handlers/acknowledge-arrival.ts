import { markAcknowledged } from '../../db/tickets';
import { staffIdOf, type Handler } from './handler';
import { requireDesk, requireTicketAtDesk, requireTransition } from './rules';

export const acknowledgeArrival: Handler<'acknowledgeArrival'> = (ctx, input) => {
  const desk = requireDesk(ctx.db, input.deskId);
  requireTransition(requireTicketAtDesk(ctx.db, desk, input.ticketId, ctx.now), 'acknowledge');
  const ticket = markAcknowledged(ctx.db, input.ticketId, ctx.now, staffIdOf(ctx.actor));
  return { result: { ticket }, event: { type: 'arrivalAcknowledged', ticket } };
};
