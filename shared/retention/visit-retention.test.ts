import { describe, expect, it } from 'vitest';
import { startOfBusinessDay } from '../time/business-day';
import { purgeThroughDay } from './visit-retention';

describe('the retention period', () => {
  it('purges only the business days more than `days` days before today', () => {
    const now = startOfBusinessDay('2027-11-23') + 60_000;
    expect(purgeThroughDay(now, 365)).toBe('2026-11-22');
    expect(purgeThroughDay(now, 90)).toBe('2027-08-24');
  });

  it('counts in Seoul days, across a leap day', () => {
    // 2028-03-01 00:30 in Seoul is still 2028-02-29 in UTC.
    const now = startOfBusinessDay('2028-03-01') + 30 * 60_000;
    expect(purgeThroughDay(now, 365)).toBe('2027-03-01');
  });
});
