import { markFinished } from '../../db/tickets';
import type { Handler } from './handler';
import { requireDesk, requireTicketAtDesk, requireTransition } from './rules';

export const finishService: Handler<'finishService'> = (ctx, input) => {
  const desk = requireDesk(ctx.db, input.deskId);
  requireTransition(requireTicketAtDesk(ctx.db, desk, input.ticketId, ctx.now), 'serve');
  const ticket = markFinished(ctx.db, input.ticketId, 'served', ctx.now, input.note || null);
  return { result: { ticket }, event: { type: 'visitFinished', ticket } };
};
