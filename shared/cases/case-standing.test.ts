import { describe, expect, it } from 'vitest';
import { caseStanding, type CaseTimes } from './case-standing';
import { nextCaseStatus } from './case-lifecycle';

const seoul = (text: string): number => Date.parse(`${text}+09:00`);
const due = seoul('2026-11-27T15:00');
const open: CaseTimes = { status: 'received', dueAt: due, answeredAt: null, lateDelayNotice: false };

describe('where a case stands against its deadline', () => {
  it('is pending before its deadline day, due today on it, overdue after the minute passes', () => {
    expect(caseStanding(open, seoul('2026-11-26T17:00'))).toBe('pending');
    expect(caseStanding(open, seoul('2026-11-27T08:00'))).toBe('dueToday');
    expect(caseStanding(open, seoul('2026-11-27T15:00'))).toBe('dueToday');
    expect(caseStanding(open, seoul('2026-11-27T15:00:01'))).toBe('overdue');
  });

  it('counts a deadline at midnight as due on the day before', () => {
    const midnight = { ...open, dueAt: seoul('2026-12-02T00:00') };
    expect(caseStanding(midnight, seoul('2026-12-01T23:00'))).toBe('dueToday');
    expect(caseStanding(midnight, seoul('2026-12-02T00:00:01'))).toBe('overdue');
  });

  it('judges an answer by the deadline in force, unless the delay was notified too late', () => {
    const answered = { ...open, status: 'answered' as const, answeredAt: seoul('2026-11-27T14:00') };
    expect(caseStanding(answered, seoul('2026-12-10T09:00'))).toBe('answeredOnTime');
    expect(caseStanding({ ...answered, answeredAt: seoul('2026-11-27T16:00') }, 0)).toBe('answeredLate');
    expect(caseStanding({ ...answered, lateDelayNotice: true }, 0)).toBe('answeredLate');
    expect(caseStanding({ ...open, lateDelayNotice: true }, seoul('2026-11-26T09:00'))).toBe('overdue');
  });

  it('has no deadline to miss where the charter sets none', () => {
    expect(caseStanding({ ...open, dueAt: null }, seoul('2027-06-01T09:00'))).toBe('noDeadline');
  });
});

describe('the steps of a case', () => {
  it('moves received → delay notified (again if need be) → answered → closed, and no other way', () => {
    expect(nextCaseStatus('received', 'notifyDelay')).toBe('delayNotified');
    expect(nextCaseStatus('delayNotified', 'notifyDelay')).toBe('delayNotified');
    expect(nextCaseStatus('received', 'answer')).toBe('answered');
    expect(nextCaseStatus('delayNotified', 'answer')).toBe('answered');
    expect(nextCaseStatus('answered', 'close')).toBe('closed');
    expect(nextCaseStatus('received', 'close')).toBeNull();
    expect(nextCaseStatus('answered', 'notifyDelay')).toBeNull();
    expect(nextCaseStatus('closed', 'answer')).toBeNull();
  });
});
