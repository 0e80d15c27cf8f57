import { regionFiguresOf, type RegionFigures } from '../../shared/contract/region-view';
import { createSummaryBuilder } from '../../shared/report/summary';
import { measureVisit } from '../../shared/report/visit-measures';
import type { VisitRecord } from '../../shared/report/visit-record';
import type { FactVisit } from '../db/facts';

/** A visit as the office's report reads it; what a region does not hold stays empty. */
function asVisitRecord(v: FactVisit): VisitRecord {
  return {
    ticketId: 0,
    number: '',
    businessDay: v.businessDay,
    departmentId: 0,
    departmentKo: '',
    deskId: null,
    deskKo: null,
    staffId: null,
    staffName: null,
    language: 'ko',
    status: v.status,
    issuedAt: v.issuedAt,
    arrivedAt: v.arrivedAt,
    acknowledgedAt: v.acknowledgedAt,
    finishedAt: v.finishedAt,
    attendTargetMs: v.attendTargetMs,
    guideTargetMs: v.guideTargetMs,
    escortKind: v.escortKind,
    escortReason: null,
    escortRequestedAt: null,
    escortDeliveredAt: null,
    repeatOfNumber: v.repeatVisit ? '' : null,
    repeatOfDay: null,
    repeatStaffError: null,
    compensationKind: null,
    compensationAmountWon: v.compensationWon,
    compensationStatus: v.compensationStatus,
    rating: v.rating,
    priorityNeed: null,
    transferredFromNumber: null,
    transferredFromDepartmentKo: null,
  };
}

/**
 * The figures of a set of visits, by the office's own report code (shared/report/summary.ts): the
 * region and the office cannot disagree on what a median or a share within target is.
 */
export function visitFigures(visits: Iterable<FactVisit>): RegionFigures {
  const builder = createSummaryBuilder('', '', 0);
  for (const v of visits) {
    const record = asVisitRecord(v);
    builder.add(record, measureVisit(record));
  }
  return regionFiguresOf(builder.finish().total);
}
