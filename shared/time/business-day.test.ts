import { describe, expect, it } from 'vitest';
import { businessDay, endOfBusinessDay, startOfBusinessDay } from './business-day';

describe('businessDay', () => {
  it('changes at midnight in Seoul, which is 15:00 UTC the day before', () => {
    expect(businessDay(Date.parse('2026-11-21T14:59:59.999Z'))).toBe('2026-11-21');
    expect(businessDay(Date.parse('2026-11-21T15:00:00.000Z'))).toBe('2026-11-22');
  });

  it('puts a 09:00 Seoul opening on the same day as 18:00 closing', () => {
    expect(businessDay(Date.parse('2026-11-22T00:00:00Z'))).toBe('2026-11-22');
    expect(businessDay(Date.parse('2026-11-22T09:00:00Z'))).toBe('2026-11-22');
  });

  it('gives the day bounds in UTC milliseconds', () => {
    expect(startOfBusinessDay('2026-11-22')).toBe(Date.parse('2026-11-21T15:00:00Z'));
    expect(endOfBusinessDay('2026-11-22')).toBe(Date.parse('2026-11-22T15:00:00Z'));
    expect(businessDay(startOfBusinessDay('2026-11-22'))).toBe('2026-11-22');
    expect(businessDay(endOfBusinessDay('2026-11-22') - 1)).toBe('2026-11-22');
  });
});
