import { describe, expect, it } from 'vitest';
import { isWithinTarget } from '../visit/clocks';
import { durationSecondsText, durationTenths, formatDuration, shownDurationMs } from './duration';

describe('the one presentation of a measured time', () => {
  it('shows 10,000 ms as exactly the 10-second target, and 10,001 ms and 10,600 ms past it', () => {
    expect(formatDuration(10_000)).toBe('0:10.0');
    expect(formatDuration(10_001)).toBe('0:10.1');
    expect(formatDuration(10_600)).toBe('0:10.6');
    expect(durationSecondsText(10_000)).toBe('10.0');
    expect(durationSecondsText(10_001)).toBe('10.1');
    expect(durationSecondsText(10_600)).toBe('10.6');
    expect(shownDurationMs(10_001)).toBe(10_100);
  });

  it('never shows a breached time at or under its target, nor a kept one over it', () => {
    for (const target of [5_000, 10_000, 180_000]) {
      for (const ms of [
        target - 101,
        target - 1,
        target,
        target + 1,
        target + 99,
        target + 100,
        target + 650,
      ]) {
        const shownWithin = shownDurationMs(ms) <= target;
        expect(shownWithin, `${ms} ms against ${target} ms`).toBe(isWithinTarget(ms, target));
      }
    }
  });

  it('reads like a stopwatch from seconds to hours, with tenths', () => {
    expect(formatDuration(0)).toBe('0:00.0');
    expect(formatDuration(3_100)).toBe('0:03.1');
    expect(formatDuration(180_000)).toBe('3:00.0');
    expect(formatDuration(180_001)).toBe('3:00.1');
    expect(formatDuration(3_723_000)).toBe('1:02:03.0');
    expect(formatDuration(60_968_000)).toBe('16:56:08.0');
  });

  it('treats clock skew below zero as zero and absorbs binary noise in means', () => {
    expect(formatDuration(-1_500)).toBe('0:00.0');
    expect(durationTenths(10_000.000_000_001)).toBe(100);
    expect(durationTenths(10_000.5)).toBe(101);
  });
});
