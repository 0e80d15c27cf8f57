import { getDesk } from '../../db/desks';
import type { Db } from '../../db/open-database';
import { getTicket } from '../../db/tickets';
import { HubError } from '../../shared/contract/errors';
import type { Desk, Ticket } from '../../shared/contract/views';
import { nextStatus, type VisitStatus, type VisitTransition } from '../../shared/visit/lifecycle';

export function requireDesk(db: Db, deskId: number): Desk {
  const desk = getDesk(db, deskId);
  if (!desk) throw new HubError('desk_not_found', `There is no desk ${deskId}.`);
  return desk;
}

export function requireTicketAtDesk(db: Db, desk: Desk, ticketId: number): Ticket {
  const ticket = getTicket(db, ticketId);
  if (!ticket) throw new HubError('ticket_not_found', `There is no ticket ${ticketId}.`);
  if (ticket.deskId !== desk.id) {
    throw new HubError('ticket_not_at_desk', `Ticket ${ticket.number} is not at ${desk.nameEn}.`);
  }
  return ticket;
}

export function requireTransition(ticket: Ticket, transition: VisitTransition): VisitStatus {
  const next = nextStatus(ticket.status, transition);
  if (!next) {
    throw new HubError(
      'illegal_transition',
      `Ticket ${ticket.number} is ${ticket.status}; it cannot be ${transitionVerb[transition]}.`,
    );
  }
  return next;
}

const transitionVerb: Record<VisitTransition, string> = {
  arrive: 'called or checked in again',
  acknowledge: 'acknowledged',
  serve: 'finished as served',
  markNoShow: 'marked as no-show',
  transfer: 'transferred',
};
