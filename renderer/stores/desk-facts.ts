import type { HubEvent } from '../../shared/contract/events';
import type { Compensation, DeskAway, DeskState, EarlierVisit } from '../../shared/contract/views';
import { concernsDesk } from './desk-tickets';
import { ticketsOf } from './event-tickets';

/** Earlier visits by their ticket id, for the repeat-visit banners. */
export type EarlierVisits = Readonly<Record<number, EarlierVisit>>;

/** What a desk shows besides its tickets: facts the hub computes, refreshed from its snapshot. */
export type DeskFacts = Pick<
  DeskState,
  'figures' | 'awayDesks' | 'desks' | 'departments' | 'compensations'
> & {
  earlierVisits: EarlierVisits;
};

export function factsOf(state: DeskState): DeskFacts {
  return {
    figures: state.figures,
    awayDesks: state.awayDesks,
    desks: state.desks,
    departments: state.departments,
    compensations: state.compensations,
    earlierVisits: Object.fromEntries(state.earlierVisits.map((visit) => [visit.ticketId, visit])),
  };
}

export function withAway(awayDesks: readonly DeskAway[], away: DeskAway): DeskAway[] {
  return [...awayDesks.filter((a) => a.deskId !== away.deskId), away];
}

export function withoutAway(awayDesks: readonly DeskAway[], deskId: number): DeskAway[] {
  return awayDesks.filter((a) => a.deskId !== deskId);
}

export function withCompensation(list: readonly Compensation[], compensation: Compensation): Compensation[] {
  return [...list.filter((c) => c.id !== compensation.id), compensation];
}

// Events after which the desk's own figures (served, no-shows, time-to-attend) can change.
const figureEvents = new Set<HubEvent['type']>(['arrivalAcknowledged', 'visitFinished', 'ticketTransferred']);

/**
 * Whether an event changes what only the hub can tell this desk: its figures for today, or the
 * earlier visit behind a repeat-visit or transferred ticket it shows. The event's ticket lists stay event-driven.
 */
export function needsRefresh(
  event: HubEvent,
  desk: { id: number; departmentId: number },
  earlierVisits: EarlierVisits,
): boolean {
  const unknown = (id: number | null): boolean => id !== null && !(id in earlierVisits);
  return ticketsOf(event).some(
    (ticket) =>
      (ticket.deskId === desk.id && figureEvents.has(event.type)) ||
      ((unknown(ticket.repeatOfTicketId) || unknown(ticket.transferredFromTicketId)) &&
        concernsDesk(ticket, desk)),
  );
}
