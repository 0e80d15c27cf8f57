import { describe, expect, it } from 'vitest';
import { clockState, isWithinTarget, serviceTime, timeToAttend, timeToGuide } from './clocks';

const visit = { issuedAt: 1_000, arrivedAt: 61_000, acknowledgedAt: 65_000, finishedAt: 365_000 };

describe('visit clocks', () => {
  it('measures the three clocks of a finished visit', () => {
    expect(timeToGuide(visit, 999_999)).toBe(60_000);
    expect(timeToAttend(visit, 999_999)).toBe(4_000);
    expect(serviceTime(visit, 999_999)).toBe(300_000);
  });

  it('runs a clock to now until its end is recorded', () => {
    const waiting = { ...visit, acknowledgedAt: null, finishedAt: null };
    expect(timeToAttend(waiting, 70_000)).toBe(9_000);
    expect(serviceTime(waiting, 70_000)).toBeNull();
  });

  it('has no time-to-attend before the visitor arrives', () => {
    const issued = { issuedAt: 1_000, arrivedAt: null, acknowledgedAt: null, finishedAt: null };
    expect(timeToAttend(issued, 5_000)).toBeNull();
    expect(timeToGuide(issued, 5_000)).toBe(4_000);
  });

  it('never reports negative time when a client clock is behind', () => {
    const waiting = { ...visit, acknowledgedAt: null };
    expect(timeToAttend(waiting, 60_000)).toBe(0);
  });
});

describe('clockState', () => {
  it('keeps the promise exactly at the target and breaks it 1 ms over', () => {
    expect(clockState(10_000, 10_000)).toBe('warning');
    expect(clockState(9_999, 10_000, 1)).toBe('within');
    expect(clockState(10_001, 10_000)).toBe('breached');
  });

  it('warns from 70 % of the target by default', () => {
    expect(clockState(6_999, 10_000)).toBe('within');
    expect(clockState(7_000, 10_000)).toBe('warning');
  });

  it('takes the warning share of the office', () => {
    expect(clockState(4_999, 10_000, 0.5)).toBe('within');
    expect(clockState(5_000, 10_000, 0.5)).toBe('warning');
  });

  it('has no state without a target', () => {
    expect(clockState(1_000_000, null)).toBeNull();
  });

  it('handles the 3-minute and 5-second charters', () => {
    expect(clockState(180_000, 180_000)).not.toBe('breached');
    expect(clockState(180_001, 180_000)).toBe('breached');
    expect(clockState(5_000, 5_000)).not.toBe('breached');
    expect(clockState(5_001, 5_000)).toBe('breached');
  });
});

describe('isWithinTarget', () => {
  it('counts a visit exactly at the target as within, and 1 ms over as not', () => {
    expect(isWithinTarget(10_000, 10_000)).toBe(true);
    expect(isWithinTarget(10_001, 10_000)).toBe(false);
  });

  it('has no verdict without a target or before the clock stops', () => {
    expect(isWithinTarget(10_000, null)).toBeNull();
    expect(isWithinTarget(null, 10_000)).toBeNull();
  });
});
