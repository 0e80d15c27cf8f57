import { describe, expect, it } from 'vitest';
import { reconnectDelay } from './reconnect-delay';

describe('reconnectDelay', () => {
  const middle = () => 0.5;

  it('doubles from half a second and stops at ten seconds', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 12].map((n) => reconnectDelay(n, middle))).toEqual([
      500, 1000, 2000, 4000, 8000, 10_000, 10_000, 10_000,
    ]);
  });

  it('spreads screens by at most a fifth either way', () => {
    expect(reconnectDelay(1, () => 0)).toBe(800);
    expect(reconnectDelay(1, () => 0.999_999)).toBe(1200);
  });
});
