import { describe, expect, it } from 'vitest';
import { createDaySummaryBuilder } from './day-summaries';
import { createSummaryBuilder } from './summary';
import { measureVisit } from './visit-measures';
import type { VisitRecord } from './visit-record';

const base: VisitRecord = {
  ticketId: 1,
  number: 'A001',
  businessDay: '2026-11-23',
  departmentId: 1,
  departmentKo: '종합민원실',
  deskId: 1,
  deskKo: '1번 창구',
  staffId: null,
  staffName: null,
  language: 'ko',
  status: 'served',
  issuedAt: Date.parse('2026-11-23T00:30:00Z'),
  arrivedAt: null,
  acknowledgedAt: null,
  finishedAt: null,
  attendTargetMs: 10_000,
  guideTargetMs: null,
  escortKind: null,
  escortReason: null,
  escortRequestedAt: null,
  escortDeliveredAt: null,
  repeatOfNumber: null,
  repeatOfDay: null,
  repeatStaffError: null,
  compensationKind: null,
  compensationAmountWon: null,
  compensationStatus: null,
  rating: null,
  priorityNeed: null,
};

const AS_OF = Date.parse('2026-11-24T08:00:00Z');

/** Visits over two days, two departments, a desk and no desk, with clocks, escorts and money. */
function visits(): VisitRecord[] {
  const list: VisitRecord[] = [];
  for (let i = 0; i < 12; i++) {
    const issuedAt = base.issuedAt + i * 1_900_000 + (i % 2) * 86_400_000;
    // Some waits run into the next hour; the last visitor is still waiting when the summary is made.
    const arrivedAt = issuedAt + 45_000 + (i % 3) * 2_400_000;
    const waiting = i === 11;
    list.push({
      ...base,
      ticketId: i + 1,
      businessDay: i % 2 ? '2026-11-24' : '2026-11-23',
      departmentId: i % 3 ? 1 : 2,
      departmentKo: i % 3 ? '종합민원실' : '세무과',
      deskId: i % 4 === 3 ? null : (i % 3) + 1,
      deskKo: i % 4 === 3 ? null : `${(i % 3) + 1}번 창구`,
      status: waiting ? 'issued' : i % 5 === 4 ? 'noShow' : 'served',
      issuedAt,
      arrivedAt: waiting ? null : arrivedAt,
      acknowledgedAt: waiting || i % 5 === 4 ? null : arrivedAt + i * 1_500,
      guideTargetMs: i % 2 ? 60_000 : null,
      escortKind: i === 6 ? 'escort' : null,
      repeatOfNumber: i === 7 ? 'A001' : null,
      compensationStatus: i === 7 ? 'approved' : null,
      compensationAmountWon: i === 7 ? 5_000 : null,
    });
  }
  return list;
}

describe('the day summaries a purge keeps', () => {
  it('rebuild the report summary of any range exactly, medians and hours included', () => {
    const direct = createSummaryBuilder('2026-11-23', '2026-11-24', AS_OF);
    const days = createDaySummaryBuilder(AS_OF);
    for (const v of visits()) {
      direct.add(v, measureVisit(v));
      days.add(v, measureVisit(v));
    }
    const labels = new Map(visits().map((v) => [`${v.departmentId}|${v.deskId}`, v]));
    const rebuilt = createSummaryBuilder('2026-11-23', '2026-11-24', AS_OF);
    for (const day of days.finish()) {
      const named = labels.get(`${day.departmentId}|${day.deskId}`)!;
      rebuilt.addDay({ ...day, departmentKo: named.departmentKo, deskKo: named.deskKo });
    }
    expect(rebuilt.finish()).toEqual(direct.finish());
  });

  it('keep one summary per day, department and desk', () => {
    const days = createDaySummaryBuilder(AS_OF);
    for (const v of visits()) days.add(v, measureVisit(v));
    const keys = days.finish().map((d) => `${d.businessDay} ${d.departmentId} ${d.deskId}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(days.finish().reduce((n, d) => n + d.visitors, 0)).toBe(12);
  });
});
