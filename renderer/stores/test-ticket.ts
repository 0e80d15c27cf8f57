import type { Ticket } from '../../shared/contract/views';

/** The business day and a moment in it that the desk unit tests build their tickets on. */
export const DAY = '2026-11-23';
export const T0 = Date.parse('2026-11-23T00:30:00Z');

/** A waiting ticket of department 1 for unit tests; `patch` moves it along. */
export function ticket(id: number, patch: Partial<Ticket> = {}): Ticket {
  return {
    id,
    number: `A${String(id).padStart(3, '0')}`,
    code: '000000000',
    departmentId: 1,
    deskId: null,
    taskId: null,
    status: 'issued',
    language: 'ko',
    businessDay: DAY,
    issuedAt: T0 + id * 1000,
    arrivedAt: null,
    acknowledgedAt: null,
    finishedAt: null,
    attendTargetMs: 10_000,
    guideTargetMs: null,
    warningShare: 0.7,
    note: null,
    finishNote: null,
    repeatOfTicketId: null,
    repeatJudgement: null,
    transferredFromTicketId: null,
    firstTicketId: id,
    servedFirst: false,
    prioritized: false,
    priorityNeed: null,
    lastCalledAt: null,
    callCount: 0,
    routedFromDeskId: null,
    attendedByStaffId: null,
    ...patch,
  };
}
