import { describe, expect, it } from 'vitest';
import { charterPresets, replyDaysFor } from '../charter/presets';
import type { OfficeHours } from '../hours/office-hours';
import { deadlineDay, deadlineParts, delayedDeadline, isWorkingDay, replyDeadline } from './reply-deadline';

/** A Seoul wall-clock time as the hub's UTC milliseconds. */
const seoul = (text: string): number => Date.parse(`${text}+09:00`);

const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensMinute: 9 * 60, closesMinute: 18 * 60 }));
/** 성탄절 (Friday) and 신정 (Friday): the office's named holidays. */
const hours: OfficeHours = { week: weekdays, holidays: ['2026-12-25', '2027-01-01'] };

describe('a charter’s reply deadline, in working days', () => {
  it('counts Saturdays, Sundays and the office’s holidays out', () => {
    expect(isWorkingDay('2026-11-27', hours)).toBe(true); // Friday
    expect(isWorkingDay('2026-11-28', hours)).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-29', hours)).toBe(false); // Sunday
    expect(isWorkingDay('2026-12-25', hours)).toBe(false); // 성탄절
  });

  describe('up to 5 days: from the moment of receipt, one working day a day', () => {
    it('중소벤처기업부, a complaint received Tuesday 15:00: due Friday 15:00', () => {
      const days = replyDaysFor(charterPresets.mss, 'complaint')!;
      expect(days).toBe(3);
      expect(replyDeadline(seoul('2026-11-24T15:00'), days, hours)).toBe(seoul('2026-11-27T15:00'));
    });

    it('중소벤처기업부, received Thursday 10:00: the weekend does not count, due Tuesday 10:00', () => {
      expect(replyDeadline(seoul('2026-11-26T10:00'), 3, hours)).toBe(seoul('2026-12-01T10:00'));
    });

    it('목포시, an unkindness report on Friday 16:00 is answered within 1 day: Monday 16:00', () => {
      const days = replyDaysFor(charterPresets.mokpo, 'unkindness')!;
      expect(days).toBe(1);
      expect(replyDeadline(seoul('2026-11-27T16:00'), days, hours)).toBe(seoul('2026-11-30T16:00'));
    });

    it('목포시, a complaint on Tuesday 22 December: 성탄절 does not count, due Monday 28th 11:00', () => {
      const days = replyDaysFor(charterPresets.mokpo, 'complaint')!;
      expect(replyDeadline(seoul('2026-12-22T11:00'), days, hours)).toBe(seoul('2026-12-28T11:00'));
    });

    it('밀양시, Wednesday 23 December 15:00: Thursday, (성탄절), Monday, Tuesday 15:00', () => {
      const days = replyDaysFor(charterPresets.miryang, 'dissatisfaction')!;
      expect(days).toBe(3);
      expect(replyDeadline(seoul('2026-12-23T15:00'), days, hours)).toBe(seoul('2026-12-29T15:00'));
    });

    it('starts at the next opening when received on a Saturday: 3 days end Wednesday at closing', () => {
      expect(replyDeadline(seoul('2026-11-28T11:00'), 3, hours)).toBe(seoul('2026-12-02T18:00'));
    });

    it('starts at the next opening when received after closing or before opening', () => {
      expect(replyDeadline(seoul('2026-11-23T19:30'), 1, hours)).toBe(seoul('2026-11-24T18:00'));
      expect(replyDeadline(seoul('2026-11-23T07:50'), 3, hours)).toBe(seoul('2026-11-25T18:00'));
    });

    it('keeps to the due day’s hours when they are shorter than the day of receipt’s', () => {
      const lateWednesday: OfficeHours = {
        week: weekdays.map((d) => (d.weekday === 3 ? { ...d, closesMinute: 20 * 60 } : d)),
        holidays: [],
      };
      // Received Wednesday 19:00 (open until 20:00), 1 day: Thursday closes at 18:00.
      expect(replyDeadline(seoul('2026-11-25T19:00'), 1, lateWednesday)).toBe(seoul('2026-11-26T18:00'));
    });

    it('uses 09:00–18:00 where the office has set no hours', () => {
      const none: OfficeHours = { week: [], holidays: [] };
      expect(replyDeadline(seoul('2026-11-28T10:00'), 1, none)).toBe(seoul('2026-11-30T18:00'));
    });
  });

  describe('6 days or more: whole working days, the day of receipt the first', () => {
    it('기정원, dissatisfaction on Monday: 7 working days end at midnight after the Tuesday after next', () => {
      const days = replyDaysFor(charterPresets.tipa, 'dissatisfaction')!;
      expect(days).toBe(7);
      const due = replyDeadline(seoul('2026-11-23T16:40'), days, hours);
      expect(due).toBe(seoul('2026-12-02T00:00'));
      expect(deadlineDay(due)).toBe('2026-12-01');
    });

    it('기정원, a suggestion on 21 December: 14 working days over 성탄절 and 신정, due 11 January', () => {
      const days = replyDaysFor(charterPresets.tipa, 'suggestion')!;
      expect(days).toBe(14);
      expect(deadlineDay(replyDeadline(seoul('2026-12-21T10:00'), days, hours))).toBe('2027-01-11');
    });

    it('인제군, 7 days from Friday 18 December: due Tuesday 29 December', () => {
      const days = replyDaysFor(charterPresets.inje, 'unkindness')!;
      expect(days).toBe(7);
      expect(deadlineDay(replyDeadline(seoul('2026-12-18T14:00'), days, hours))).toBe('2026-12-29');
    });

    it('a receipt on a Saturday counts from Monday', () => {
      expect(deadlineDay(replyDeadline(seoul('2026-11-28T10:00'), 7, hours))).toBe('2026-12-08');
    });
  });

  it('has no deadline where the charter names no period (중소벤처기업부 suggestions)', () => {
    expect(replyDaysFor(charterPresets.mss, 'suggestion')).toBeNull();
  });

  it('reads a deadline as its day, with the time unless it runs to the end of the day', () => {
    expect(deadlineParts(seoul('2026-11-27T15:00'))).toEqual({ day: '2026-11-27', time: '15:00' });
    expect(deadlineParts(seoul('2026-12-02T00:00'))).toEqual({ day: '2026-12-01', time: null });
  });

  it('moves a deadline to the end of the date a delay notice gives', () => {
    expect(delayedDeadline('2026-12-04')).toBe(seoul('2026-12-05T00:00'));
    expect(deadlineDay(delayedDeadline('2026-12-04'))).toBe('2026-12-04');
  });
});
