import type { HubEvent } from './events';
import type { EscortRequest, Ticket } from './views';

/** Events a lobby screen has no use for and must not learn: staff, money, devices, settings. */
const STAFF_ONLY = new Set<HubEvent['type']>([
  'staffDefined',
  'staffPinReset',
  'compensationDecided',
  'compensationPaid',
  'exportSettingsSet',
  'retentionDaysSet',
  'staffFiguresSet',
  'forecastSettingsSet',
  'breachForecastChanged',
  'visitDetailsPurged',
  'pairingStarted',
  'devicePaired',
  'deviceRevoked',
  'pairingsWithdrawn',
  'caseReceived',
  'caseDelayNotified',
  'caseAnswered',
  'caseClosed',
  'caseContactsPurged',
  'visitRated',
]);

/**
 * A ticket as a lobby screen may see it: no staff notes, no code (a visitor's proof of a visit),
 * and that it is a priority ticket but not why (a disability or a pregnancy is the visitor's own).
 */
function lobbyTicket(ticket: Ticket): Ticket {
  return { ...ticket, code: '', note: null, finishNote: null, priorityNeed: null };
}

function lobbyEscort(request: EscortRequest): EscortRequest {
  return { ...request, priorityNeed: null };
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
    case 'repeatVisitJudged':
      return { ...event, ticket: lobbyTicket(event.ticket), compensation: null };
    case 'escortRequested':
    case 'escortAccepted':
    case 'escortDelivered':
      return { ...event, request: lobbyEscort(event.request) };
    default:
      return 'ticket' in event ? { ...event, ticket: lobbyTicket(event.ticket) } : event;
  }
}
