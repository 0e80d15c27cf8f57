import { describe, expect, it } from 'vitest';
import { emptyGroupSummary, type HourSummary } from '../../shared/report/summary';
import { hourBars } from './manager-day-chart';

const MIN = 60_000;
const today = (hours: HourSummary[], asOf = Date.parse('2026-11-23T18:00:00+09:00')) => ({
  hours,
  from: '2026-11-23',
  to: '2026-11-23',
  asOf,
});

describe('the day chart', () => {
  it('shows the office day, with the summary’s hours in it', () => {
    const bars = hourBars(today([{ hour: 11, visitors: 3, attendBreaches: 1, waitingMs: 30 * MIN }]));
    expect(bars.map((b) => b.hour)).toEqual([9, 10, 11, 12, 13, 14, 15, 16, 17]);
    expect(bars[2]).toEqual({ hour: 11, visitors: 3, breaches: 1, waiting: 0.5 });
    expect(bars[0]).toEqual({ hour: 9, visitors: 0, breaches: 0, waiting: 0 });
  });

  it('averages a month over the days the office had visitors, not over its weekends', () => {
    const hours = [{ hour: 11, visitors: 6, attendBreaches: 0, waitingMs: 60 * MIN }];
    const month = {
      ...today(hours),
      from: '2026-11-01',
      days: ['2026-11-20', '2026-11-23'].map((day) => emptyGroupSummary(`day:${day}`, day)),
    };
    // An hour of waiting over two open days' 11 o'clock hours: half a person on average.
    expect(hourBars(month)[2]).toMatchObject({ hour: 11, waiting: 0.5 });
    expect(hourBars({ ...month, days: undefined })[2]!.waiting).toBeCloseTo(1 / 23);
  });

  it('widens to an early or evening hour that had visitors', () => {
    const bars = hourBars(
      today([
        { hour: 8, visitors: 1, attendBreaches: 0, waitingMs: 0 },
        { hour: 19, visitors: 2, attendBreaches: 0, waitingMs: 0 },
      ]),
    );
    expect(bars[0]!.hour).toBe(8);
    expect(bars.at(-1)).toMatchObject({ hour: 19, visitors: 2, breaches: 0 });
  });

  it('averages the current hour over the part that has passed, and leaves later hours empty', () => {
    const bars = hourBars(
      today(
        [{ hour: 10, visitors: 4, attendBreaches: 0, waitingMs: 45 * MIN }],
        Date.parse('2026-11-23T10:15:00+09:00'),
      ),
    );
    expect(bars.find((b) => b.hour === 10)!.waiting).toBe(3);
    expect(bars.find((b) => b.hour === 11)!.waiting).toBeNull();
  });
});
