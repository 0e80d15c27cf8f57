import { describe, expect, it } from 'vitest';
import { formatClockTime, officeStatus, parseClockTime, type OfficeHours } from './office-hours';

const weekdays: OfficeHours = {
  week: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensMinute: 9 * 60, closesMinute: 18 * 60 })),
  holidays: ['2026-12-25'],
};
const seoul = (local: string) => Date.parse(`${local}+09:00`);

describe('office hours', () => {
  it('is open from opening time up to, not including, closing time', () => {
    expect(officeStatus(weekdays, seoul('2026-11-23T09:00:00'))).toEqual({
      open: true,
      closesAt: seoul('2026-11-23T18:00:00'),
    });
    expect(officeStatus(weekdays, seoul('2026-11-23T17:59:59')).open).toBe(true);
    expect(officeStatus(weekdays, seoul('2026-11-23T18:00:00'))).toEqual({
      open: false,
      reason: 'afterHours',
      opensAt: seoul('2026-11-24T09:00:00'),
    });
  });

  it('says a closed morning opens the same day', () => {
    expect(officeStatus(weekdays, seoul('2026-11-23T08:30:00'))).toMatchObject({
      open: false,
      opensAt: seoul('2026-11-23T09:00:00'),
    });
  });

  it('is closed at the weekend until Monday', () => {
    expect(officeStatus(weekdays, seoul('2026-11-28T11:00:00'))).toEqual({
      open: false,
      reason: 'afterHours',
      opensAt: seoul('2026-11-30T09:00:00'),
    });
  });

  it('is closed on a holiday and opens on the next working day', () => {
    expect(officeStatus(weekdays, seoul('2026-12-25T10:00:00'))).toEqual({
      open: false,
      reason: 'holiday',
      opensAt: seoul('2026-12-28T09:00:00'),
    });
  });

  it('keeps no hours when none are set', () => {
    expect(officeStatus({ week: [], holidays: [] }, seoul('2026-11-28T03:00:00'))).toEqual({
      open: true,
      closesAt: null,
    });
  });

  it('stays open around the clock when a holiday is added, closed on that day only', () => {
    const alwaysOpen: OfficeHours = { week: [], holidays: ['2026-12-25'] };
    expect(officeStatus(alwaysOpen, seoul('2026-11-28T03:00:00'))).toEqual({ open: true, closesAt: null });
    expect(officeStatus(alwaysOpen, seoul('2026-12-24T23:59:59'))).toEqual({ open: true, closesAt: null });
    expect(officeStatus(alwaysOpen, seoul('2026-12-25T10:00:00'))).toEqual({
      open: false,
      reason: 'holiday',
      opensAt: seoul('2026-12-26T00:00:00'),
    });
  });

  it('is open until midnight when a day closes at 24:00', () => {
    const late: OfficeHours = {
      week: [{ weekday: 1, opensMinute: 9 * 60, closesMinute: 24 * 60 }],
      holidays: [],
    };
    expect(officeStatus(late, seoul('2026-11-23T23:59:59'))).toEqual({
      open: true,
      closesAt: seoul('2026-11-24T00:00:00'),
    });
    expect(officeStatus(late, seoul('2026-11-24T00:00:00')).open).toBe(false);
  });

  it('reads and writes wall-clock times', () => {
    expect(parseClockTime('09:00')).toBe(540);
    expect(parseClockTime('24:00')).toBeNull();
    expect(parseClockTime('9:00')).toBeNull();
    expect(formatClockTime(1080)).toBe('18:00');
  });
});
