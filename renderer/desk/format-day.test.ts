import { describe, expect, it } from 'vitest';
import { businessDayParts, formatWon } from './format-day';

describe('businessDayParts', () => {
  it('names the day itself, whatever the time zone of the screen', () => {
    expect(businessDayParts('2026-11-22', 'ko')).toEqual({ date: '2026년 11월 22일', weekday: '일' });
    expect(businessDayParts('2026-11-22', 'en')).toEqual({ date: 'November 22, 2026', weekday: 'Sun' });
  });
});

describe('formatWon', () => {
  it('groups thousands', () => {
    expect(formatWon(5000, 'ko')).toBe('5,000');
    expect(formatWon(10_000, 'en')).toBe('10,000');
  });
});
