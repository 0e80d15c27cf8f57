import { describe, expect, it } from 'vitest';
import { backoffDelay, HUB_RECONNECT, HUB_RESTART } from './retry-schedule';

describe('back-off', () => {
  it('doubles from the first wait', () => {
    expect([0, 1, 2, 3].map((attempt) => backoffDelay(attempt, HUB_RESTART))).toEqual([
      1_000, 2_000, 4_000, 8_000,
    ]);
  });

  it('stops growing at its cap, however long it has been failing', () => {
    expect(backoffDelay(6, HUB_RESTART)).toBe(60_000);
    expect(backoffDelay(5, HUB_RECONNECT)).toBe(30_000);
    expect(backoffDelay(10_000, HUB_RECONNECT)).toBe(30_000);
  });
});
