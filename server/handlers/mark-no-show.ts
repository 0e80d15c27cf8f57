import { markFinished } from '../../db/tickets';
import type { Handler } from './handler';
import { requireDesk, requireTicketAtDesk, requireTransition } from './rules';

export const markNoShow: Handler<'markNoShow'> = (ctx, input) => {
  const desk = requireDesk(ctx.db, input.deskId);
  requireTransition(requireTicketAtDesk(ctx.db, desk, input.ticketId, ctx.now), 'markNoShow');
  const ticket = markFinished(ctx.db, input.ticketId, 'noShow', ctx.now, null);
  return { result: { ticket }, event: { type: 'visitFinished', ticket } };
};
