import { describe, expect, it } from 'vitest';
import { openingDay } from './opening-time';

const seoul = (text: string): number => Date.parse(`${text}+09:00`);

describe('openingDay', () => {
  it('says tomorrow after closing time', () => {
    expect(openingDay(seoul('2026-11-24T09:00:00'), seoul('2026-11-23T18:30:00'))).toEqual({
      day: 'tomorrow',
      time: '09:00',
      date: '2026-11-24',
    });
  });

  it('says today before opening time', () => {
    expect(openingDay(seoul('2026-11-23T09:00:00'), seoul('2026-11-23T07:10:00')).day).toBe('today');
  });

  it('gives the date when it is further off', () => {
    expect(openingDay(seoul('2026-11-30T09:00:00'), seoul('2026-11-27T19:00:00'))).toEqual({
      day: 'later',
      time: '09:00',
      date: '2026-11-30',
    });
  });
});
