import type { Charter } from '../charter/presets';
import type { HubEventBody } from '../contract/events';
import type { Case, VisitRating } from '../contract/case-views';
import type {
  RegionCase,
  RegionCharter,
  RegionCompensation,
  RegionEscort,
  RegionFacts,
  RegionRating,
  RegionTicket,
} from '../contract/region-feed';
import type { Compensation, EscortRequest, Ticket } from '../contract/views';

/** Field by field, never by spreading: a field added to a ticket later must not cross by itself. */
function regionTicket(t: Ticket): RegionTicket {
  return {
    id: t.id,
    departmentId: t.departmentId,
    deskId: t.deskId,
    status: t.status,
    language: t.language,
    businessDay: t.businessDay,
    issuedAt: t.issuedAt,
    arrivedAt: t.arrivedAt,
    acknowledgedAt: t.acknowledgedAt,
    finishedAt: t.finishedAt,
    attendTargetMs: t.attendTargetMs,
    guideTargetMs: t.guideTargetMs,
    repeatOfTicketId: t.repeatOfTicketId,
    repeatStaffError: t.repeatJudgement === null ? null : t.repeatJudgement.staffError,
    transferredFromTicketId: t.transferredFromTicketId,
  };
}

function regionEscort(e: EscortRequest): RegionEscort {
  return {
    id: e.id,
    kind: e.kind,
    ticketId: e.ticketId,
    businessDay: e.businessDay,
    requestedAt: e.requestedAt,
    acceptedAt: e.acceptedAt,
    deliveredAt: e.deliveredAt,
  };
}

function regionCompensation(c: Compensation): RegionCompensation {
  return {
    id: c.id,
    ticketId: c.ticketId,
    kind: c.kind,
    amountWon: c.amountWon,
    status: c.status,
    createdAt: c.createdAt,
    decidedAt: c.decidedAt,
    paidAt: c.paidAt,
  };
}

/** The case's kind and clocks: its words, number, contact and whom it names stay in the office. */
function regionCase(c: Case): RegionCase {
  return {
    id: c.id,
    kind: c.kind,
    departmentId: c.departmentId,
    receivedAt: c.receivedAt,
    dueAt: c.dueAt,
    status: c.status,
    delayNotifiedAt: c.delayNotifiedAt,
    lateDelayNotice: c.lateDelayNotice,
    answeredAt: c.answeredAt,
    upheld: c.upheld,
  };
}

function regionRating(r: VisitRating): RegionRating {
  return { ticketId: r.ticketId, businessDay: r.businessDay, score: r.score };
}

function regionCharter(c: Charter): RegionCharter {
  return {
    presetId: c.presetId,
    officeKo: c.officeKo,
    officeEn: c.officeEn,
    attendTargetMs: c.attendTargetMs,
    guideTargetMs: c.guideTargetMs,
    compensationKind: c.compensationKind,
    compensationAmountWon: c.compensationAmountWon,
  };
}

/**
 * What of an office event reaches its region, or null: staff, sessions, devices, pairing, desk
 * absences, settings and every free text stay in the office. The chain link crosses regardless.
 */
export function regionFacts(event: HubEventBody): RegionFacts | null {
  switch (event.type) {
    case 'ticketIssued':
    case 'ticketCalled':
    case 'ticketCheckedIn':
    case 'arrivalAcknowledged':
    case 'visitFinished':
    case 'ticketRecalled':
      return { kind: 'tickets', tickets: [regionTicket(event.ticket)], compensation: null };
    case 'visitsClosedAtDayEnd':
      return { kind: 'tickets', tickets: event.tickets.map(regionTicket), compensation: null };
    case 'ticketTransferred':
      return {
        kind: 'tickets',
        tickets: [regionTicket(event.ticket), regionTicket(event.transferredTo)],
        compensation: null,
      };
    case 'repeatVisitJudged':
      return {
        kind: 'tickets',
        tickets: [regionTicket(event.ticket)],
        compensation: event.compensation === null ? null : regionCompensation(event.compensation),
      };
    case 'escortRequested':
    case 'escortAccepted':
    case 'escortDelivered':
      return { kind: 'escort', escort: regionEscort(event.request) };
    case 'compensationDecided':
    case 'compensationPaid':
      return { kind: 'compensation', compensation: regionCompensation(event.compensation) };
    case 'departmentDefined':
    case 'departmentAcceptingSet':
      return {
        kind: 'department',
        department: {
          id: event.department.id,
          nameKo: event.department.nameKo,
          nameEn: event.department.nameEn,
        },
      };
    case 'charterApplied':
      return { kind: 'charter', charter: regionCharter(event.charter) };
    case 'visitDetailsPurged':
      return { kind: 'purged', throughDay: event.throughDay };
    case 'caseReceived':
    case 'caseDelayNotified':
    case 'caseAnswered':
    case 'caseClosed':
      return { kind: 'case', case: regionCase(event.case) };
    case 'visitRated':
      return { kind: 'rating', rating: regionRating(event.rating) };
    // The contacts never crossed; breach warnings are the office's own early signal.
    case 'caseContactsPurged':
    case 'breachForecastChanged':
    case 'forecastSettingsSet':
    case 'staffFiguresSet':
    case 'approvalBoxesSet':
    case 'deskAwaySet':
    case 'deskReturned':
    case 'staffSignedIn':
    case 'staffSignedOut':
    case 'staffPinReset':
    case 'officeHoursSet':
    case 'kioskLanguagesSet':
    case 'exportSettingsSet':
    case 'retentionDaysSet':
    case 'deskDefined':
    case 'staffDefined':
    case 'pairingStarted':
    case 'devicePaired':
    case 'deviceRevoked':
    case 'pairingsWithdrawn':
      return null;
  }
}
