import { describe, expect, it } from 'vitest';
import { waitMinutes } from './wait-estimate';

describe('waitMinutes', () => {
  it('says nothing without a basis or for no wait', () => {
    expect(waitMinutes(null)).toBeNull();
    expect(waitMinutes(0)).toBeNull();
  });

  it('rounds up to whole minutes, at least one', () => {
    expect(waitMinutes(5_000)).toBe(1);
    expect(waitMinutes(6 * 60_000)).toBe(6);
    expect(waitMinutes(6 * 60_000 + 1)).toBe(7);
  });
});
