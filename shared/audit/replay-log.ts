import type { Charter } from '../charter/presets';
import type { Case } from '../contract/case-views';
import type { HubEvent } from '../contract/events';
import type { Device } from '../contract/devices';
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
} from '../contract/views';
import type { DayHours } from '../hours/office-hours';
import type { BreachForecast } from '../forecast/breach-forecast';
import type { ForecastSettings } from '../forecast/forecast-settings';
import type { RatingScore } from '../satisfaction/rating';

/** A ticket row as the log knows it: the ticket every ticket event carries, and its rating. */
export type ReplayedTicket = Ticket & { rating: RatingScore | null; ratedAt: number | null };

/**
 * A compensation as the log knows it. The visit numbers and days the ledger keeps come from the
 * repeat-visit verdict that created it; once that event's day is purged only the compensation
 * events themselves remain, and the ledger fields are not known (absent, not null).
 */
export type ReplayedCompensation = Compensation & {
  ticketNumber?: string;
  businessDay?: string;
  departmentId?: number;
  earlierTicketNumber?: string;
  earlierBusinessDay?: string;
};

/** The office-wide settings, one row each, as a fresh database holds them before any event. */
export type OfficeSettings = {
  charter: Charter | null;
  kioskLanguages: Language[];
  week: readonly DayHours[];
  holidays: Holiday[];
  includeStaffNames: boolean;
  staffFigures: boolean;
  approvalBoxes: boolean;
  retentionDays: number;
  purgedThrough: string | null;
  forecast: ForecastSettings;
};

/** What the log says each projection holds now, keyed by the row's id. */
export type ReplayedState = OfficeSettings & {
  tickets: Map<number, ReplayedTicket>;
  compensations: Map<number, ReplayedCompensation>;
  escortRequests: Map<number, EscortRequest>;
  departments: Map<number, Department>;
  tasks: Map<number, Task>;
  desks: Map<number, Desk>;
  staff: Map<number, Staff>;
  deskAway: Map<number, DeskAway>;
  cases: Map<number, Case>;
  breachForecasts: Map<number, BreachForecast>;
  devices: Map<number, Device>;
};

export type LogReplay = {
  /** Applies one event whose payload is still there; a purged one carries nothing to apply. */
  apply(event: HubEvent): void;
  readonly state: ReplayedState;
};

/**
 * Folds the event log into the state it describes. Every event carries the whole record it
 * changed (see shared/contract/events.ts), so applying one is replacing that record; the few that
 * carry an operation instead (a desk's return, a day's purge, contacts deleted) do to the records
 * what the hub did to the rows. The hub writes its tables in its handlers, not from events, so
 * this is the log's own account of them, for verify-log to hold against the tables.
 */
export function createLogReplay(initial: OfficeSettings): LogReplay {
  const state: ReplayedState = {
    ...initial,
    holidays: [...initial.holidays],
    tickets: new Map(),
    compensations: new Map(),
    escortRequests: new Map(),
    departments: new Map(),
    tasks: new Map(),
    desks: new Map(),
    staff: new Map(),
    deskAway: new Map(),
    cases: new Map(),
    breachForecasts: new Map(),
    devices: new Map(),
  };

  function putTicket(ticket: Ticket): void {
    const known = state.tickets.get(ticket.id);
    state.tickets.set(ticket.id, {
      ...ticket,
      rating: known?.rating ?? null,
      ratedAt: known?.ratedAt ?? null,
    });
  }

  function putCompensation(compensation: Compensation): void {
    const known = state.compensations.get(compensation.id);
    state.compensations.set(compensation.id, { ...known, ...compensation });
  }

  /** As db/visit-purge.ts deletes them: the days' tickets and escorts; later visits lose the link. */
  function purgeVisitsThrough(day: string): void {
    for (const [id, ticket] of state.tickets) if (ticket.businessDay <= day) state.tickets.delete(id);
    for (const [id, request] of state.escortRequests) {
      const ticketGone = request.ticketId !== null && !state.tickets.has(request.ticketId);
      if (request.businessDay <= day || ticketGone) state.escortRequests.delete(id);
    }
    for (const ticket of state.tickets.values()) {
      if (ticket.repeatOfTicketId !== null && !state.tickets.has(ticket.repeatOfTicketId)) {
        ticket.repeatOfTicketId = null;
      }
      if (ticket.transferredFromTicketId !== null && !state.tickets.has(ticket.transferredFromTicketId)) {
        ticket.transferredFromTicketId = null;
      }
    }
    if (state.purgedThrough === null || day > state.purgedThrough) state.purgedThrough = day;
  }

  function apply(event: HubEvent): void {
    switch (event.type) {
      case 'ticketIssued':
      case 'ticketCalled':
      case 'ticketCheckedIn':
      case 'arrivalAcknowledged':
      case 'visitFinished':
      case 'ticketRecalled':
        putTicket(event.ticket);
        return;
      case 'ticketTransferred':
        putTicket(event.ticket);
        putTicket(event.transferredTo);
        return;
      case 'visitsClosedAtDayEnd':
        event.tickets.forEach(putTicket);
        return;
      case 'repeatVisitJudged': {
        putTicket(event.ticket);
        if (event.compensation === null) return;
        const earlier = state.tickets.get(event.compensation.earlierTicketId);
        putCompensation(event.compensation);
        state.compensations.set(event.compensation.id, {
          ...state.compensations.get(event.compensation.id)!,
          ticketNumber: event.ticket.number,
          businessDay: event.ticket.businessDay,
          departmentId: event.ticket.departmentId,
          ...(earlier
            ? { earlierTicketNumber: earlier.number, earlierBusinessDay: earlier.businessDay }
            : {}),
        });
        return;
      }
      case 'visitRated': {
        const ticket = state.tickets.get(event.rating.ticketId);
        if (ticket) {
          state.tickets.set(ticket.id, {
            ...ticket,
            rating: event.rating.score,
            ratedAt: event.rating.ratedAt,
          });
        }
        return;
      }
      case 'compensationDecided':
      case 'compensationPaid':
        putCompensation(event.compensation);
        return;
      case 'escortRequested':
      case 'escortAccepted':
      case 'escortDelivered':
        state.escortRequests.set(event.request.id, event.request);
        return;
      case 'deskAwaySet':
        state.deskAway.set(event.away.deskId, event.away);
        return;
      case 'deskReturned':
        state.deskAway.delete(event.deskId);
        return;
      case 'departmentDefined':
        state.departments.set(event.department.id, event.department);
        // The event lists all the department's tasks: those it no longer lists were removed.
        for (const [id, task] of state.tasks) {
          if (task.departmentId === event.department.id) state.tasks.delete(id);
        }
        for (const task of event.tasks) state.tasks.set(task.id, task);
        return;
      case 'departmentAcceptingSet':
        state.departments.set(event.department.id, event.department);
        return;
      case 'deskDefined':
        state.desks.set(event.desk.id, event.desk);
        return;
      case 'staffDefined':
        state.staff.set(event.staff.id, event.staff);
        return;
      case 'charterApplied':
        state.charter = event.charter;
        return;
      case 'kioskLanguagesSet':
        state.kioskLanguages = event.languages;
        return;
      case 'officeHoursSet':
        state.week = event.hours.week;
        state.holidays = event.holidays;
        return;
      case 'exportSettingsSet':
        state.includeStaffNames = event.includeStaffNames;
        return;
      case 'staffFiguresSet':
        state.staffFigures = event.include;
        return;
      case 'approvalBoxesSet':
        state.approvalBoxes = event.include;
        return;
      case 'retentionDaysSet':
        state.retentionDays = event.days;
        return;
      case 'forecastSettingsSet':
        state.forecast = event.settings;
        return;
      case 'breachForecastChanged':
        state.breachForecasts.set(event.forecast.id, event.forecast);
        return;
      case 'visitDetailsPurged':
        purgeVisitsThrough(event.throughDay);
        return;
      case 'caseReceived':
      case 'caseDelayNotified':
      case 'caseAnswered':
      case 'caseClosed':
        state.cases.set(event.case.id, event.case);
        return;
      case 'caseContactsPurged':
        for (const id of event.caseIds) {
          const known = state.cases.get(id);
          if (known) state.cases.set(id, { ...known, hasContact: false });
        }
        return;
      case 'devicePaired':
      case 'deviceRevoked':
        state.devices.set(event.device.id, event.device);
        return;
      // Sessions, PINs and pairing codes: credentials, kept out of the log by design.
      case 'staffSignedIn':
      case 'staffSignedOut':
      case 'staffPinReset':
      case 'pairingStarted':
      case 'pairingsWithdrawn':
        return;
      default:
        // A new event type does not compile here until someone says what it does to the tables.
        return event satisfies never;
    }
  }

  return { apply, state };
}
