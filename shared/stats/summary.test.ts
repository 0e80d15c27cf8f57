import { describe, expect, it } from 'vitest';
import { median, percentile, shareWithin } from './summary';

describe('summary figures', () => {
  it('computes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('computes nearest-rank percentiles', () => {
    const tenths = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    expect(percentile(tenths, 90)).toBe(90);
    expect(percentile(tenths, 91)).toBe(100);
    expect(percentile(tenths, 100)).toBe(100);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([], 90)).toBeNull();
  });

  it('counts a visit exactly at the target as within it', () => {
    expect(shareWithin([9_000, 10_000, 10_001, 20_000], 10_000)).toBe(0.5);
    expect(shareWithin([1], null)).toBeNull();
    expect(shareWithin([], 10_000)).toBeNull();
  });
});
