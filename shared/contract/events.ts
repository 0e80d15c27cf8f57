import type { Charter } from '../charter/presets';
import type { BreachForecast } from '../forecast/breach-forecast';
import type { ForecastSettings } from '../forecast/forecast-settings';
import type { OfficeHours } from '../hours/office-hours';
import type { Case, VisitRating } from './case-views';
import type { Device, Pairing } from './devices';
import type {
  Compensation,
  Department,
  Desk,
  DeskAway,
  EscortRequest,
  Holiday,
  Language,
  Staff,
  Task,
  Ticket,
} from './views';

/**
 * Every event the hub appends. Ticket events carry the whole ticket after the change, so a
 * screen applies them by replacing its copy, and the log alone can rebuild any report.
 */
export type HubEventBody =
  | { type: 'ticketIssued'; ticket: Ticket }
  | { type: 'ticketCalled'; ticket: Ticket }
  | { type: 'ticketCheckedIn'; ticket: Ticket }
  | { type: 'arrivalAcknowledged'; ticket: Ticket }
  | { type: 'visitFinished'; ticket: Ticket }
  | { type: 'ticketRecalled'; ticket: Ticket }
  /** `ticket` is the finished one; `transferredTo` the new ticket waiting in the other department. */
  | { type: 'ticketTransferred'; ticket: Ticket; transferredTo: Ticket }
  /**
   * The hub closed the visits that ended business days left open (shared/visit/lifecycle.ts,
   * `closeAtDayEnd`); `tickets` are those visits as they are now, oldest first.
   */
  | { type: 'visitsClosedAtDayEnd'; today: string; tickets: Ticket[] }
  | { type: 'repeatVisitJudged'; ticket: Ticket; compensation: Compensation | null }
  | { type: 'deskAwaySet'; away: DeskAway }
  | { type: 'deskReturned'; deskId: number }
  | { type: 'escortRequested'; request: EscortRequest }
  | { type: 'escortAccepted'; request: EscortRequest }
  | { type: 'escortDelivered'; request: EscortRequest }
  | { type: 'staffSignedIn'; staffId: number; deskId: number | null }
  | { type: 'staffSignedOut'; staffId: number; deskId: number | null }
  | { type: 'staffPinReset'; staffId: number }
  | { type: 'officeHoursSet'; hours: OfficeHours; holidays: Holiday[] }
  | { type: 'kioskLanguagesSet'; languages: Language[] }
  | { type: 'departmentAcceptingSet'; department: Department }
  | { type: 'compensationDecided'; compensation: Compensation }
  | { type: 'compensationPaid'; compensation: Compensation }
  | { type: 'exportSettingsSet'; includeStaffNames: boolean }
  | { type: 'retentionDaysSet'; days: number }
  | { type: 'staffFiguresSet'; include: boolean }
  | { type: 'approvalBoxesSet'; include: boolean }
  | { type: 'forecastSettingsSet'; settings: ForecastSettings }
  /** A breach warning given, changed or closed, or a breach nobody was warned of: the whole record. */
  | { type: 'breachForecastChanged'; forecast: BreachForecast }
  /**
   * The visits of the business days up to `throughDay` were purged: `visits` tickets deleted and
   * the payloads of `events` visit events removed; their daily summaries stay.
   */
  | { type: 'visitDetailsPurged'; throughDay: string; visits: number; events: number }
  | { type: 'departmentDefined'; department: Department; tasks: Task[] }
  | { type: 'deskDefined'; desk: Desk }
  | { type: 'staffDefined'; staff: Staff }
  | { type: 'charterApplied'; charter: Charter }
  | { type: 'pairingStarted'; pairing: Pairing }
  | { type: 'devicePaired'; device: Device; pairingId: number }
  | { type: 'deviceRevoked'; device: Device }
  | { type: 'pairingsWithdrawn'; count: number; reason: 'tooManyWrongCodes' }
  /** A case step; the visitor's contact is never in an event (it is deleted later, the log is not). */
  | { type: 'caseReceived'; case: Case }
  | { type: 'caseDelayNotified'; case: Case }
  | { type: 'caseAnswered'; case: Case }
  | { type: 'caseClosed'; case: Case }
  /** The contacts of these answered cases were deleted at the end of their retention. */
  | { type: 'caseContactsPurged'; caseIds: number[] }
  | { type: 'visitRated'; rating: VisitRating };

export type HubEventType = HubEventBody['type'];

/** An event as stored and streamed: its place in the log and the hub's time. */
export type HubEvent = HubEventBody & { seq: number; at: number };

export function eventTicket(event: HubEventBody): Ticket | null {
  return 'ticket' in event ? event.ticket : null;
}

/**
 * The event stream's WebSocket subprotocol. A client may also offer `minwon.session.<token>` to
 * bring a staff session (browsers cannot set headers on a WebSocket); the hub answers with
 * `STREAM_PROTOCOL` alone, so the token is never echoed back.
 */
export const STREAM_PROTOCOL = 'minwon.v1';
export const SESSION_PROTOCOL_PREFIX = 'minwon.session.';

/** What travels on the WebSocket, in both directions. */
export type StreamClientMessage = { type: 'subscribe'; after: number };
export type StreamServerMessage =
  | { type: 'event'; event: HubEvent }
  /** Sent once the replay after `after` is complete; `seq` is the last event replayed. */
  | { type: 'caughtUp'; seq: number }
  | { type: 'error'; error: { code: string; message: string } };
