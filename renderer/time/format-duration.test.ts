import { describe, expect, it } from 'vitest';
import { formatDuration, splitTarget } from './format-duration';

describe('formatDuration', () => {
  it('reads like a stopwatch', () => {
    expect(formatDuration(4000)).toBe('0:04');
    expect(formatDuration(180_000)).toBe('3:00');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
  });

  it('never shows a second that has not fully passed', () => {
    expect(formatDuration(9_999)).toBe('0:09');
    expect(formatDuration(59_999)).toBe('0:59');
  });

  it('treats clock skew below zero as zero', () => {
    expect(formatDuration(-1500)).toBe('0:00');
  });
});

describe('splitTarget', () => {
  it('splits charter targets into minutes and seconds', () => {
    expect(splitTarget(10_000)).toEqual({ minutes: 0, seconds: 10 });
    expect(splitTarget(180_000)).toEqual({ minutes: 3, seconds: 0 });
    expect(splitTarget(90_000)).toEqual({ minutes: 1, seconds: 30 });
  });
});
