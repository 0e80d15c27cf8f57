import { describe, expect, it } from 'vitest';
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
  deskKo: '종합민원실 1번 창구',
  staffId: null,
  staffName: null,
  language: 'ko',
  status: 'served',
  issuedAt: 0,
  arrivedAt: 60_000,
  acknowledgedAt: null,
  finishedAt: null,
  attendTargetMs: 10_000,
  guideTargetMs: 120_000,
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

/** When the summaries below are made: an hour after the base visit's ticket. */
const AS_OF = 3_600_000;

/** A served visit whose time-to-attend was `attendMs`. */
function visit(id: number, attendMs: number, extra: Partial<VisitRecord> = {}): VisitRecord {
  return { ...base, ticketId: id, acknowledgedAt: 60_000 + attendMs, finishedAt: 400_000, ...extra };
}

describe('the report summary', () => {
  it('computes count, median, p90, worst and the share within target, a visit at the target counting as within', () => {
    // Attend times 2,4,…,20 s against 10 s: 2–10 s keep it (5 of 10).
    const builder = createSummaryBuilder('2026-11-23', '2026-11-23', AS_OF);
    for (let i = 1; i <= 10; i++) {
      const v = visit(i, i * 2_000);
      builder.add(v, measureVisit(v));
    }
    const { total } = builder.finish();
    expect(total.attend).toEqual({
      measured: 10,
      medianMs: 11_000,
      p90Ms: 18_000,
      worstMs: 20_000,
      targeted: 10,
      within: 5,
      withinShare: 0.5,
    });
    expect(total.guide).toMatchObject({ measured: 10, medianMs: 60_000, within: 10, withinShare: 1 });
    expect(total).toMatchObject({ visitors: 10, served: 10 });
  });

  it('counts visitors and missed attend targets by the Seoul hour of issue, and waiting by the hour it passed in', () => {
    const at = (time: string) => Date.parse(`2026-11-23T${time}+09:00`);
    const builder = createSummaryBuilder('2026-11-23', '2026-11-23', at('14:35:00'));
    const rows = [
      visit(1, 4_000, {
        issuedAt: at('09:10:00'),
        arrivedAt: at('09:11:00'),
        acknowledgedAt: at('09:11:04'),
      }),
      visit(2, 0, { issuedAt: at('09:50:00'), arrivedAt: at('09:51:00'), acknowledgedAt: at('09:51:20') }),
      visit(3, 0, {
        issuedAt: at('14:05:00'),
        arrivedAt: null,
        acknowledgedAt: null,
        finishedAt: null,
        status: 'issued',
      }),
    ];
    for (const r of rows) builder.add(r, measureVisit(r));
    // Two waits of one minute in the 9 o'clock hour; one still running at 14:35, since 14:05.
    expect(builder.finish().hours).toEqual([
      { hour: 9, visitors: 2, attendBreaches: 1, waitingMs: 120_000 },
      { hour: 14, visitors: 1, attendBreaches: 0, waitingMs: 30 * 60_000 },
    ]);
  });

  it('leaves running clocks out and counts outcomes, escorts, repeat visits and compensations', () => {
    const builder = createSummaryBuilder('2026-11-23', '2026-11-23', AS_OF);
    const rows: VisitRecord[] = [
      visit(1, 3_000, { escortKind: 'escort', escortReason: 'wheelchair' }),
      { ...base, ticketId: 2, status: 'noShow', finishedAt: 90_000 },
      { ...base, ticketId: 3, status: 'issued', arrivedAt: null },
      visit(4, 8_000, {
        repeatOfNumber: 'A009',
        repeatOfDay: '2026-11-20',
        repeatStaffError: true,
        compensationKind: 'cultureVoucher',
        compensationAmountWon: 5_000,
        compensationStatus: 'pending',
      }),
      visit(5, 1_000, {
        departmentId: 2,
        departmentKo: '세무회계과',
        deskId: 3,
        deskKo: '세무회계과 1번 창구',
      }),
    ];
    for (const r of rows) builder.add(r, measureVisit(r));
    const summary = builder.finish();
    expect(summary.total).toMatchObject({
      visitors: 5,
      served: 3,
      noShows: 1,
      escorts: 1,
      repeatVisits: 1,
      compensations: 1,
      compensationWon: 5_000,
    });
    expect(summary.total.attend.measured).toBe(3);
    expect(summary.departments.map((d) => [d.labelKo, d.visitors])).toEqual([
      ['종합민원실', 4],
      ['세무회계과', 1],
    ]);
    expect(summary.desks.map((d) => d.labelKo)).toEqual(['종합민원실 1번 창구', '세무회계과 1번 창구']);
  });

  it('has no share without a target', () => {
    const builder = createSummaryBuilder('2026-11-23', '2026-11-23', AS_OF);
    const v = visit(1, 5_000, { attendTargetMs: null });
    builder.add(v, measureVisit(v));
    expect(builder.finish().total.attend).toMatchObject({ measured: 1, targeted: 0, withinShare: null });
  });
});
