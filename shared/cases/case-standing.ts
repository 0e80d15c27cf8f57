import { businessDay } from '../time/business-day';
import { isCaseOpen, type CaseStatus } from './case-lifecycle';
import { deadlineDay } from './reply-deadline';

/** What a case's deadline needs to know about it. */
export type CaseTimes = {
  status: CaseStatus;
  /** The deadline in force (moved by a delay notice); null where the charter sets none. */
  dueAt: number | null;
  answeredAt: number | null;
  /** A delay was notified only after the deadline then in force had passed. */
  lateDelayNotice: boolean;
};

/**
 * Where a case stands against its deadline: an open case is overdue, due today, or within its
 * time; an answered one kept its promise or not. A delay notified after the deadline had passed
 * excuses nothing (000 compensates "사전 안내 없이 처리기간이 경과" of a 민원).
 */
export type CaseStanding =
  'overdue' | 'dueToday' | 'pending' | 'noDeadline' | 'answeredOnTime' | 'answeredLate';

export function caseStanding(c: CaseTimes, now: number): CaseStanding {
  if (c.dueAt === null) return isCaseOpen(c.status) ? 'noDeadline' : 'answeredOnTime';
  if (!isCaseOpen(c.status)) {
    const answeredAt = c.answeredAt ?? now;
    return answeredAt <= c.dueAt && !c.lateDelayNotice ? 'answeredOnTime' : 'answeredLate';
  }
  if (now > c.dueAt || c.lateDelayNotice) return 'overdue';
  return deadlineDay(c.dueAt) === businessDay(now) ? 'dueToday' : 'pending';
}
