import { markRecalled } from '../../db/tickets';
import { HubError } from '../../shared/contract/errors';
import type { Handler } from './handler';
import { requireDesk, requireTicketAtDesk } from './rules';

/** Announces a called number again; the time-to-attend clock keeps running from the first call. */
export const recallTicket: Handler<'recallTicket'> = (ctx, input) => {
  const desk = requireDesk(ctx.db, input.deskId);
  const found = requireTicketAtDesk(ctx.db, desk, input.ticketId, ctx.now);
  if (found.status !== 'arrived') {
    throw new HubError(
      'illegal_transition',
      `Ticket ${found.number} is ${found.status}; only a called number is recalled.`,
    );
  }
  const ticket = markRecalled(ctx.db, found.id, ctx.now);
  return { result: { ticket }, event: { type: 'ticketRecalled', ticket } };
};
