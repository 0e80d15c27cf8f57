import type { HubEvent } from '../../shared/contract/events';
import type { Ticket } from '../../shared/contract/views';

/**
 * Every ticket an event carries, each as it is after the change. A transfer carries two: the
 * finished ticket and the new one waiting in the other department; a day's end, every visit it
 * closed.
 */
export function ticketsOf(event: HubEvent): Ticket[] {
  const tickets: Ticket[] = [];
  if ('ticket' in event) tickets.push(event.ticket);
  if ('transferredTo' in event) tickets.push(event.transferredTo);
  if ('tickets' in event) tickets.push(...event.tickets);
  return tickets;
}
