import { describe, expect, it } from 'vitest';
import { createEscortDays, type EscortRecord } from './escort-times';

const escort = (businessDay: string, acceptMs: number | null, deliverMs: number | null): EscortRecord => ({
  businessDay,
  requestedAt: 1_000,
  acceptedAt: acceptMs === null ? null : 1_000 + acceptMs,
  deliveredAt: deliverMs === null ? null : 1_000 + deliverMs,
});

describe('escort times per day', () => {
  it('measure only stopped clocks, and count every request', () => {
    const days = createEscortDays();
    days.add(escort('2026-11-24', 30_000, 200_000));
    days.add(escort('2026-11-23', 10_000, 100_000));
    days.add(escort('2026-11-23', 50_000, null));
    days.add(escort('2026-11-23', null, null));
    expect(days.finish()).toEqual([
      {
        day: '2026-11-23',
        requested: 3,
        toAccept: { count: 2, medianMs: 30_000, worstMs: 50_000 },
        toDeliver: { count: 1, medianMs: 100_000, worstMs: 100_000 },
      },
      {
        day: '2026-11-24',
        requested: 1,
        toAccept: { count: 1, medianMs: 30_000, worstMs: 30_000 },
        toDeliver: { count: 1, medianMs: 200_000, worstMs: 200_000 },
      },
    ]);
  });

  it('leave a day with no accepted request without figures, never zero', () => {
    const days = createEscortDays();
    days.add(escort('2026-11-23', null, null));
    expect(days.finish()[0]!.toAccept).toEqual({ count: 0, medianMs: null, worstMs: null });
  });
});
