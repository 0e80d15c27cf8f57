import { ratingOf, recordRating, transferredToTicketId } from '../../db/ratings';
import { getTicket, getTicketByCode } from '../../db/tickets';
import { HubError } from '../../shared/contract/errors';
import type { Ticket } from '../../shared/contract/views';
import { normalizeTicketCode } from '../../shared/numbering/ticket-code';
import { DESK_RATING_WINDOW_MS } from '../../shared/satisfaction/rating';
import { businessDay } from '../../shared/time/business-day';
import type { Handler, HandlerContext } from './handler';

/** A ticket the visitor holds may have been transferred on: the visit ends where they were served. */
function visitEnd(ctx: HandlerContext, ticket: Ticket): Ticket {
  let current = ticket;
  // Each transfer makes a later ticket, so the chain ends; the bound guards an edited database.
  for (let hops = 0; current.status === 'transferred' && hops < 20; hops++) {
    const nextId = transferredToTicketId(ctx.db, current.id);
    const next = nextId === null ? null : getTicket(ctx.db, nextId);
    if (!next) break;
    current = next;
  }
  return current;
}

function ticketOf(
  ctx: HandlerContext,
  input: { code: string } | { deskId: number; ticketId: number },
): Ticket {
  if ('code' in input) {
    const code = normalizeTicketCode(input.code);
    if (!code) throw new HubError('invalid_ticket_code', 'That is not a ticket code: check the nine digits.');
    const held = getTicketByCode(ctx.db, code);
    if (!held) throw new HubError('ticket_code_unknown', 'No ticket has this code.');
    const ticket = visitEnd(ctx, held);
    if (ticket.businessDay !== businessDay(ctx.now)) {
      throw new HubError(
        'rating_closed',
        `Visit ${ticket.number} was on ${ticket.businessDay}; today's visits are rated.`,
      );
    }
    return ticket;
  }
  const ticket = getTicket(ctx.db, input.ticketId);
  if (!ticket) throw new HubError('ticket_not_found', `There is no ticket ${input.ticketId}.`);
  if (ticket.deskId !== input.deskId) {
    throw new HubError(
      'ticket_not_at_desk',
      `Ticket ${ticket.number} was not served at desk ${input.deskId}.`,
    );
  }
  // The tablet facing the visitor offers the faces right after the visit, not to the next visitor.
  if (ticket.finishedAt !== null && ctx.now - ticket.finishedAt > DESK_RATING_WINDOW_MS) {
    throw new HubError(
      'rating_closed',
      `Visit ${ticket.number} finished too long ago to be rated at the desk.`,
    );
  }
  return ticket;
}

export const rateVisit: Handler<'rateVisit'> = (ctx, input) => {
  const ticket = ticketOf(ctx, input);
  if (ticket.status !== 'served') {
    throw new HubError(
      'visit_not_served',
      `Visit ${ticket.number} is ${ticket.status}; a finished visit is rated.`,
    );
  }
  if (ratingOf(ctx.db, ticket.id) !== null) {
    throw new HubError('already_rated', `Visit ${ticket.number} has been rated.`);
  }
  recordRating(ctx.db, ticket.id, input.score, ctx.now);
  const rating = {
    ticketId: ticket.id,
    departmentId: ticket.departmentId,
    deskId: ticket.deskId,
    businessDay: ticket.businessDay,
    score: input.score,
    ratedAt: ctx.now,
  };
  return { result: { rating }, event: { type: 'visitRated', rating } };
};
