import { describe, expect, it } from 'vitest';
import { estimateWaitMs } from './estimate-wait';

describe('estimated wait', () => {
  it('shares the people ahead among the serving desks at the median service time', () => {
    expect(estimateWaitMs(4, [120_000, 180_000, 240_000], 2)).toBe(360_000);
  });

  it('is nothing when nobody is ahead', () => {
    expect(estimateWaitMs(0, [120_000], 1)).toBe(0);
  });

  it('promises nothing without a service time or a desk', () => {
    expect(estimateWaitMs(3, [], 2)).toBeNull();
    expect(estimateWaitMs(3, [60_000], 0)).toBeNull();
  });
});
