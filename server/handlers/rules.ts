import { getDeskAway, listAwayDesks } from '../../db/desk-away';
import { getDesk } from '../../db/desks';
import type { Db } from '../../db/open-database';
import { getTicket, getTicketByCode } from '../../db/tickets';
import { REPEAT_VISIT_WINDOW_DAYS } from '../../shared/contract/commands';
import { HubError } from '../../shared/contract/errors';
import type { Desk, Ticket } from '../../shared/contract/views';
import { servingDesk } from '../../shared/desk/stand-in';
import { normalizeTicketCode } from '../../shared/numbering/ticket-code';
import { businessDay } from '../../shared/time/business-day';
import { nextStatus, type VisitStatus, type VisitTransition } from '../../shared/visit/lifecycle';

export function requireDesk(db: Db, deskId: number): Desk {
  const desk = getDesk(db, deskId);
  if (!desk) throw new HubError('desk_not_found', `There is no desk ${deskId}.`);
  return desk;
}

/** A ticket of today at this desk: a desk acts on today's visitors only. */
export function requireTicketAtDesk(db: Db, desk: Desk, ticketId: number, now: number): Ticket {
  const ticket = getTicket(db, ticketId);
  if (!ticket) throw new HubError('ticket_not_found', `There is no ticket ${ticketId}.`);
  if (ticket.deskId !== desk.id) {
    throw new HubError('ticket_not_at_desk', `Ticket ${ticket.number} is not at ${desk.nameEn}.`);
  }
  requireTodaysTicket(ticket, now);
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
  closeAtDayEnd: 'closed at day end',
};

/** Calling numbers is for a desk whose official is there. */
export function requireDeskPresent(db: Db, desk: Desk): void {
  if (getDeskAway(db, desk.id)) {
    throw new HubError('desk_away', `${desk.nameEn} is marked away; return to the desk first.`);
  }
}

/** The desk that serves for `desk` now: itself, or the end of its stand-in chain. */
export function deskServingFor(db: Db, desk: Desk): number {
  const standIns = new Map(listAwayDesks(db).map((a) => [a.deskId, a.standInDeskId]));
  // A loop cannot be stored (setDeskAway refuses it), so a chain always ends at a present desk.
  return servingDesk(desk.id, standIns) ?? desk.id;
}

export function requireTodaysTicket(ticket: Ticket, now: number): void {
  if (ticket.businessDay !== businessDay(now)) {
    throw new HubError('ticket_expired', `Ticket ${ticket.number} was issued on ${ticket.businessDay}.`);
  }
}

/** The earlier visit named by a printed code, if it is recent enough to claim a repeat visit. */
export function requireEarlierVisit(db: Db, typedCode: string, now: number): Ticket {
  const code = normalizeTicketCode(typedCode);
  if (!code) throw new HubError('invalid_ticket_code', 'That is not a ticket code: check the nine digits.');
  const earlier = getTicketByCode(db, code);
  if (!earlier) throw new HubError('ticket_code_unknown', 'No ticket has this code.');
  if (now - earlier.issuedAt > REPEAT_VISIT_WINDOW_DAYS * 24 * 60 * 60 * 1000) {
    throw new HubError(
      'repeat_code_expired',
      `Ticket ${earlier.number} of ${earlier.businessDay} is older than ${REPEAT_VISIT_WINDOW_DAYS} days.`,
    );
  }
  return earlier;
}
