import type { HubEvent } from './events';
import type { Ticket } from './views';

/** Events a lobby screen has no use for and must not learn: staff, money, devices, settings. */
const STAFF_ONLY = new Set<HubEvent['type']>([
  'staffDefined',
  'staffPinReset',
  'compensationDecided',
  'compensationPaid',
  'exportSettingsSet',
  'retentionDaysSet',
  'visitDetailsPurged',
  'pairingStarted',
  'devicePaired',
  'deviceRevoked',
  'pairingsWithdrawn',
]);

/** A ticket as a lobby screen may see it: no staff notes, no code (a visitor's proof of a visit). */
function lobbyTicket(ticket: Ticket): Ticket {
  return { ...ticket, code: '', note: null, finishNote: null };
}

/**
 * The event as a kiosk or wall display on the LAN receives it, or null when it is not theirs:
 * they stand where visitors can reach them, so they get only what they show.
 */
export function lobbyEvent(event: HubEvent): HubEvent | null {
  if (STAFF_ONLY.has(event.type)) return null;
  switch (event.type) {
    case 'ticketTransferred':
      return { ...event, ticket: lobbyTicket(event.ticket), transferredTo: lobbyTicket(event.transferredTo) };
    case 'visitsClosedAtDayEnd':
      return { ...event, tickets: event.tickets.map(lobbyTicket) };
    case 'repeatVisitJudged':
      return { ...event, ticket: lobbyTicket(event.ticket), compensation: null };
    default:
      return 'ticket' in event ? { ...event, ticket: lobbyTicket(event.ticket) } : event;
  }
}
