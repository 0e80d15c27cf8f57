import { describe, expect, it } from 'vitest';
import { hourBars } from './manager-day-chart';

describe('the day chart', () => {
  it('shows the office day, with the summary’s hours in it', () => {
    const bars = hourBars([{ hour: 11, visitors: 3, attendBreaches: 1 }]);
    expect(bars.map((b) => b.hour)).toEqual([9, 10, 11, 12, 13, 14, 15, 16, 17]);
    expect(bars[2]).toEqual({ hour: 11, visitors: 3, breaches: 1 });
    expect(bars[0]).toEqual({ hour: 9, visitors: 0, breaches: 0 });
  });

  it('widens to an early or evening hour that had visitors', () => {
    const bars = hourBars([
      { hour: 8, visitors: 1, attendBreaches: 0 },
      { hour: 19, visitors: 2, attendBreaches: 0 },
    ]);
    expect(bars[0]!.hour).toBe(8);
    expect(bars.at(-1)).toEqual({ hour: 19, visitors: 2, breaches: 0 });
  });
});
