import { describe, expect, it } from 'vitest';
import { behindSince, type DayShares } from './behind';

const day = (d: string, attend: [number, number], guide: [number, number] = [0, 0]): DayShares => ({
  day: d,
  attendTargeted: attend[0],
  attendWithin: attend[1],
  guideTargeted: guide[0],
  guideWithin: guide[1],
});

describe('behind since', () => {
  it('is the first day of the latest run below the bar, skipping days with nothing measured', () => {
    const days = [
      day('2026-11-16', [10, 10]),
      day('2026-11-17', [10, 8]),
      day('2026-11-18', [0, 0]),
      day('2026-11-19', [10, 5]),
      day('2026-11-20', [20, 17]),
    ];
    expect(behindSince(days, 0.9)).toEqual({ since: '2026-11-17', days: 3, clock: 'attend' });
  });

  it('is nothing once the latest measured day kept the bar, and a share exactly at it keeps it', () => {
    expect(behindSince([day('2026-11-19', [10, 5]), day('2026-11-20', [10, 9])], 0.9)).toBeNull();
    expect(behindSince([], 0.9)).toBeNull();
  });

  it('names the clock that fell short, or both', () => {
    expect(behindSince([day('2026-11-20', [10, 10], [10, 2])], 0.9)).toMatchObject({ clock: 'guide' });
    expect(
      behindSince([day('2026-11-19', [10, 1]), day('2026-11-20', [10, 10], [10, 2])], 0.9),
    ).toMatchObject({
      clock: 'both',
      days: 2,
    });
  });
});
