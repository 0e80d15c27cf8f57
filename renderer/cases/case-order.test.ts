import { describe, expect, it } from 'vitest';
import type { Case } from '../../shared/contract/case-views';
import { casesInWorkingOrder, countOpenCases } from './case-order';

const seoul = (text: string): number => Date.parse(`${text}+09:00`);
const now = seoul('2026-11-26T12:00');

function aCase(id: number, extra: Partial<Case>): Case {
  return {
    id,
    number: `2026-${String(id).padStart(4, '0')}`,
    kind: 'complaint',
    category: 'handling',
    channel: 'kiosk',
    language: 'ko',
    description: '',
    departmentId: null,
    deskId: null,
    staffId: null,
    ticketId: null,
    ticketNumber: null,
    ticketDay: null,
    receivedAt: seoul('2026-11-23T10:00') + id,
    receivedBy: null,
    replyDays: 3,
    originalDueAt: null,
    dueAt: null,
    status: 'received',
    delayReason: null,
    delayNotifiedAt: null,
    lateDelayNotice: false,
    answeredAt: null,
    answeredBy: null,
    answerSummary: null,
    upheld: null,
    closedAt: null,
    closedBy: null,
    hasContact: false,
    ...extra,
  };
}

describe('the manager’s case list', () => {
  it('puts overdue cases first, then those due today, then by deadline, answered ones last', () => {
    const cases = [
      aCase(1, {
        status: 'answered',
        answeredAt: seoul('2026-11-24T10:00'),
        dueAt: seoul('2026-11-26T10:00'),
      }),
      aCase(2, { dueAt: seoul('2026-11-30T10:00') }),
      aCase(3, { dueAt: seoul('2026-11-26T17:00') }),
      aCase(4, { dueAt: null }),
      aCase(5, { dueAt: seoul('2026-11-25T10:00') }),
      aCase(6, { dueAt: seoul('2026-11-27T10:00') }),
    ];
    expect(casesInWorkingOrder(cases, now).map((c) => c.id)).toEqual([5, 3, 6, 2, 4, 1]);
    expect(countOpenCases(cases, now)).toEqual({ open: 5, overdue: 1, dueToday: 1 });
  });
});
