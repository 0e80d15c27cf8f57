import { markCalled } from '../../db/tickets';
import { HubError } from '../../shared/contract/errors';
import { businessDay } from '../../shared/time/business-day';
import { nextTicketId } from '../queue/department-queue';
import type { Handler } from './handler';
import { requireDesk, requireDeskPresent } from './rules';

export const callNext: Handler<'callNext'> = (ctx, input) => {
  const desk = requireDesk(ctx.db, input.deskId);
  requireDeskPresent(ctx.db, desk);
  // Runs inside the hub's single write transaction, so two desks pressing at the same
  // millisecond are serialised and can never both take the same ticket.
  const next = nextTicketId(ctx.db, desk.departmentId, businessDay(ctx.now));
  if (next === null) throw new HubError('queue_empty', 'Nobody is waiting for this department.');
  const ticket = markCalled(ctx.db, next, desk.id, ctx.now);
  return { result: { ticket }, event: { type: 'ticketCalled', ticket } };
};
