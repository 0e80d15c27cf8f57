import { regionCaseFiguresOf, type RegionCaseFigures } from '../../shared/contract/region-view';
import { createCaseSummaryBuilder, type CaseReportRecord } from '../../shared/report/case-summary';
import { endOfBusinessDay } from '../../shared/time/business-day';
import type { FactCase } from '../db/facts';

/** A case as the office's report reads it; what a region does not hold stays empty. */
function asCaseRecord(c: FactCase): CaseReportRecord {
  return {
    id: c.id,
    number: '',
    kind: c.kind,
    category: 'other',
    channel: 'kiosk',
    language: 'ko',
    description: '',
    departmentId: c.departmentId,
    deskId: null,
    staffId: null,
    ticketId: null,
    ticketNumber: null,
    ticketDay: null,
    receivedAt: c.receivedAt,
    receivedBy: null,
    replyDays: null,
    originalDueAt: c.dueAt,
    dueAt: c.dueAt,
    status: c.status,
    delayReason: null,
    delayNotifiedAt: c.delayNotifiedAt,
    lateDelayNotice: c.lateDelayNotice,
    answeredAt: c.answeredAt,
    answeredBy: null,
    answerSummary: null,
    upheld: c.upheld,
    closedAt: null,
    closedBy: null,
    hasContact: false,
    departmentKo: null,
    deskKo: null,
    staffName: null,
  };
}

/**
 * The case figures of the business days up to `lastDay`, as the office's own report counts them
 * (shared/report/case-summary.ts) at the same moment: the period's end, or `now` before it ends.
 */
export function caseFigures(cases: Iterable<FactCase>, lastDay: string, now: number): RegionCaseFigures {
  const builder = createCaseSummaryBuilder(Math.min(now, endOfBusinessDay(lastDay)));
  for (const c of cases) builder.add(asCaseRecord(c));
  return regionCaseFiguresOf(builder.finish());
}

/** The cases of each office, gathered by `periodOf` their business day. */
export function casesByOfficeAndPeriod(
  cases: readonly FactCase[],
  periodOf: (day: string) => string,
): Map<number, Map<string, FactCase[]>> {
  const byOffice = new Map<number, Map<string, FactCase[]>>();
  for (const c of cases) {
    let periods = byOffice.get(c.officeId);
    if (!periods) byOffice.set(c.officeId, (periods = new Map<string, FactCase[]>()));
    const period = periodOf(c.businessDay);
    let list = periods.get(period);
    if (!list) periods.set(period, (list = []));
    list.push(c);
  }
  return byOffice;
}
