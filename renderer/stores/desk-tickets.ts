import type { Department, DepartmentCall, Desk, Ticket } from '../../shared/contract/views';
import { callingOrder } from '../../shared/queue/next-visitor';
import { isFinished, type VisitStatus } from '../../shared/visit/lifecycle';
import { businessDay } from '../../shared/time/business-day';

export type TicketMap = Readonly<Record<number, Ticket>>;

const progress: Record<VisitStatus, number> = {
  issued: 0,
  arrived: 1,
  acknowledged: 2,
  served: 3,
  noShow: 3,
  transferred: 3,
};

/** A desk keeps its department's waiting tickets and whatever has been at the desk itself. */
export function concernsDesk(ticket: Ticket, desk: Pick<Desk, 'id' | 'departmentId'>): boolean {
  if (ticket.deskId === desk.id) return true;
  return ticket.departmentId === desk.departmentId && ticket.status === 'issued';
}

/**
 * Replaces the desk's copy of a ticket. A command's reply and the stream's event for the same
 * change race each other, so a copy never moves back to an earlier step of the visit.
 */
export function mergeTicket(tickets: TicketMap, ticket: Ticket, desk: Desk): TicketMap {
  const current = tickets[ticket.id];
  if (current && progress[current.status] > progress[ticket.status]) return tickets;
  if (!concernsDesk(ticket, desk)) {
    if (!current) return tickets;
    return Object.fromEntries(Object.entries(tickets).filter(([id]) => Number(id) !== ticket.id));
  }
  return { ...tickets, [ticket.id]: ticket };
}

/**
 * The department's queue on `day` in the hub's calling order (`callingOrder`: visitors owed a
 * repeat visit by staff error, then priority and ordinary visitors by the department's rule, each
 * first come first served), given the department's calls so far. Older tickets are never called.
 */
export function waitingTickets(
  tickets: TicketMap,
  desk: Desk,
  day: string,
  department: Pick<Department, 'priorityRule'>,
  calls: readonly DepartmentCall[],
): Ticket[] {
  const waiting = Object.values(tickets).filter(
    (t) => t.status === 'issued' && t.departmentId === desk.departmentId && t.businessDay === day,
  );
  return callingOrder(waiting, department.priorityRule, calls);
}

/**
 * The department's calls with one more: a ticket of the department reached a desk (called or
 * checked in). Each ticket counts once, however often the stream or a reply repeats it.
 */
export function withCall(
  calls: readonly DepartmentCall[],
  ticket: Ticket,
  desk: Pick<Desk, 'departmentId'>,
): readonly DepartmentCall[] {
  if (ticket.departmentId !== desk.departmentId || ticket.arrivedAt === null) return calls;
  if (calls.some((c) => c.ticketId === ticket.id)) return calls;
  return [...calls, { prioritized: ticket.prioritized, at: ticket.arrivedAt, ticketId: ticket.id }].sort(
    (a, b) => a.at - b.at || a.ticketId - b.ticketId,
  );
}

/** Visitors standing at this desk, in the order they arrived. */
export function arrivedTickets(tickets: TicketMap, desk: Desk): Ticket[] {
  return Object.values(tickets)
    .filter((t) => t.deskId === desk.id && (t.status === 'arrived' || t.status === 'acknowledged'))
    .sort((a, b) => (a.arrivedAt ?? 0) - (b.arrivedAt ?? 0) || a.id - b.id);
}

/** Visits this desk finished on `day` (the hub's business day, YYYY-MM-DD), newest first. */
export function finishedOn(tickets: TicketMap, desk: Desk, day: string): Ticket[] {
  return Object.values(tickets)
    .filter(
      (t) =>
        t.deskId === desk.id &&
        isFinished(t.status) &&
        t.finishedAt !== null &&
        businessDay(t.finishedAt) === day,
    )
    .sort((a, b) => (b.finishedAt ?? 0) - (a.finishedAt ?? 0) || b.id - a.id);
}

export function toTicketMap(tickets: readonly Ticket[]): TicketMap {
  return Object.fromEntries(tickets.map((t) => [t.id, t]));
}
