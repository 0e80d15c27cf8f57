import { describe, expect, it } from 'vitest';
import { splitTarget } from './localized';

describe('splitTarget', () => {
  it('splits charter targets into minutes and seconds', () => {
    expect(splitTarget(10_000)).toEqual({ minutes: 0, seconds: 10 });
    expect(splitTarget(180_000)).toEqual({ minutes: 3, seconds: 0 });
    expect(splitTarget(90_000)).toEqual({ minutes: 1, seconds: 30 });
  });
});
