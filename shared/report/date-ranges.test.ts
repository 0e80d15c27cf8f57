import { describe, expect, it } from 'vitest';
import { summaryRange } from '../contract/reports';
import { monthToDate, previousMonth, rangeProblem } from './date-ranges';

describe('report ranges', () => {
  it('default to the month so far, and know the month before, across a year and a leap day', () => {
    expect(monthToDate('2026-11-23')).toEqual({ from: '2026-11-01', to: '2026-11-23' });
    expect(monthToDate('2026-11-01')).toEqual({ from: '2026-11-01', to: '2026-11-01' });
    expect(previousMonth('2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(previousMonth('2028-03-01')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });

  it('are refused by the screen exactly where the hub refuses them', () => {
    const cases = [
      { from: '2026-11-01', to: '2026-11-30' },
      { from: '2026-11-23', to: '2026-11-22' },
      { from: '2025-11-23', to: '2026-11-23' },
      { from: '2025-11-23', to: '2026-11-24' },
      { from: '2027-11-23', to: '2028-11-22' },
      { from: '2027-11-23', to: '2028-11-23' },
      { from: '2026-02-30', to: '2026-03-01' },
    ];
    for (const range of cases) {
      expect(rangeProblem(range) === null, JSON.stringify(range)).toBe(summaryRange.safeParse(range).success);
    }
    expect(cases.map(rangeProblem)).toEqual([null, 'order', null, 'tooLong', null, 'tooLong', 'invalid']);
  });
});
