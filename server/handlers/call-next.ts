import { markCalled, oldestWaitingTicket } from '../../db/tickets';
import { HubError } from '../../shared/contract/errors';
import { businessDay } from '../../shared/time/business-day';
import type { Handler } from './handler';
import { requireDesk, requireDeskPresent } from './rules';

export const callNext: Handler<'callNext'> = (ctx, input) => {
  const desk = requireDesk(ctx.db, input.deskId);
  requireDeskPresent(ctx.db, desk);
  // Runs inside the hub's single write transaction, so two desks pressing at the same
  // millisecond are serialised and can never both take the same ticket.
  const waiting = oldestWaitingTicket(ctx.db, desk.departmentId, businessDay(ctx.now));
  if (!waiting) throw new HubError('queue_empty', 'Nobody is waiting for this department.');
  const ticket = markCalled(ctx.db, waiting.id, desk.id, ctx.now);
  return { result: { ticket }, event: { type: 'ticketCalled', ticket } };
};
