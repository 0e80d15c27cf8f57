import type { HubEvent } from './events';
import type { DisplayBoard, EscortRequest, Ticket } from './views';

/** Events a lobby screen has no use for and must not learn: staff, money, devices, settings. */
const STAFF_ONLY = new Set<HubEvent['type']>([
  'staffDefined',
  'staffPinReset',
  'staffSignedIn',
  'staffSignedOut',
  'compensationDecided',
  'compensationPaid',
  'exportSettingsSet',
  'retentionDaysSet',
  'staffFiguresSet',
  'approvalBoxesSet',
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
 * A ticket as a lobby screen may see it. Every field is listed, so a field added to `Ticket`
 * does not compile here until someone decides whether the lobby may see it. Blanked: the code
 * (a visitor's proof of a visit, good for a repeat-visit claim), staff notes, the repeat-visit
 * judgement and its reason, and which official served the visitor.
 */
export function lobbyTicket(ticket: Ticket): Ticket {
  const shown: { [K in keyof Ticket]-?: Ticket[K] } = {
    id: ticket.id,
    number: ticket.number,
    code: '',
    departmentId: ticket.departmentId,
    deskId: ticket.deskId,
    taskId: ticket.taskId,
    status: ticket.status,
    language: ticket.language,
    businessDay: ticket.businessDay,
    issuedAt: ticket.issuedAt,
    arrivedAt: ticket.arrivedAt,
    acknowledgedAt: ticket.acknowledgedAt,
    finishedAt: ticket.finishedAt,
    attendTargetMs: ticket.attendTargetMs,
    guideTargetMs: ticket.guideTargetMs,
    warningShare: ticket.warningShare,
    note: null,
    finishNote: null,
    repeatOfTicketId: null,
    repeatJudgement: null,
    transferredFromTicketId: null,
    // Which earlier ticket it continues is staff business; lobby screens do not order queues.
    firstTicketId: ticket.id,
    servedFirst: ticket.servedFirst,
    lastCalledAt: ticket.lastCalledAt,
    callCount: ticket.callCount,
    routedFromDeskId: ticket.routedFromDeskId,
    attendedByStaffId: null,
    prioritized: ticket.prioritized,
    priorityNeed: null,
  };
  return shown;
}

/** An escort request without the guide who took it, or why it has priority. */
function lobbyEscort(request: EscortRequest): EscortRequest {
  return { ...request, guideStaffId: null, priorityNeed: null };
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
    case 'escortRequested':
    case 'escortAccepted':
    case 'escortDelivered':
      return { ...event, request: lobbyEscort(event.request) };
    default:
      return 'ticket' in event ? { ...event, ticket: lobbyTicket(event.ticket) } : event;
  }
}

/** The wall display's board: the calls as the lobby may see them. */
export function lobbyDisplayBoard(board: DisplayBoard): DisplayBoard {
  return { ...board, calls: board.calls.map(lobbyTicket) };
}
