import type { OfficeHours } from '../hours/office-hours';
import { addDays, businessDay, endOfBusinessDay, startOfBusinessDay } from '../time/business-day';

/*
 * How a charter's "N일 이내" is counted. The seeds speak of 법정처리기간 and 000 promises to keep
 * "「민원사무처리에관한법률」 등 제반법규에 따라 민원 처리기한" — so the product counts a reply
 * deadline the way that law counts a 민원's processing period (민원 처리에 관한 법률 시행령 제19조):
 *
 * - Saturdays and public holidays do not count (the office's holidays are its public holidays).
 * - Up to 5 days: counted from the moment of receipt in working time, one day being one working
 *   day: received Tuesday 15:00 with 3 days, due Friday 15:00. Received before opening, after
 *   closing or on a day off, the count starts at the next opening: a Saturday letter with 3 days
 *   is due Wednesday at closing.
 * - 6 days or more: counted in whole working days, the day of receipt being the first: received
 *   Monday with 7 days, due at the end of the Tuesday after next.
 */

/** The longest period counted in working time rather than whole days. */
export const HOURLY_COUNT_MAX_DAYS = 5;

const MINUTE = 60_000;
/** When an office has set no hours for a weekday: the civil service's 09:00–18:00. */
const DEFAULT_OPENS = 9 * 60;
const DEFAULT_CLOSES = 18 * 60;

function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

export function isWorkingDay(day: string, hours: OfficeHours): boolean {
  const weekday = weekdayOf(day);
  return weekday !== 0 && weekday !== 6 && !hours.holidays.includes(day);
}

/** The working day `count` working days after `day` (`day` itself for 0, if it is one). */
function workingDayAfter(day: string, count: number, hours: OfficeHours): string {
  let current = day;
  while (!isWorkingDay(current, hours)) current = addDays(current, 1);
  for (let left = count; left > 0;) {
    current = addDays(current, 1);
    if (isWorkingDay(current, hours)) left -= 1;
  }
  return current;
}

function workingMinutes(day: string, hours: OfficeHours): { opens: number; closes: number } {
  const set = hours.week.find((h) => h.weekday === weekdayOf(day));
  return set
    ? { opens: set.opensMinute, closes: set.closesMinute }
    : { opens: DEFAULT_OPENS, closes: DEFAULT_CLOSES };
}

const at = (day: string, minute: number): number => startOfBusinessDay(day) + minute * MINUTE;

/**
 * When a reply received at `receivedAt` is due, given the charter's `days` for its kind and the
 * office's holidays and hours. Pure; the hub stores the result with the case.
 */
export function replyDeadline(receivedAt: number, days: number, hours: OfficeHours): number {
  const day = businessDay(receivedAt);
  if (days > HOURLY_COUNT_MAX_DAYS) {
    return endOfBusinessDay(workingDayAfter(day, days - 1, hours));
  }
  const minute = Math.floor((receivedAt - startOfBusinessDay(day)) / MINUTE);
  const { opens, closes } = workingMinutes(day, hours);
  if (!isWorkingDay(day, hours) || minute >= closes || minute < opens) {
    // Working time starts at the next opening; N full working days from an opening end at the
    // closing of the N-th working day.
    const first =
      minute < opens && isWorkingDay(day, hours) ? day : workingDayAfter(addDays(day, 1), 0, hours);
    const due = workingDayAfter(first, days - 1, hours);
    return at(due, workingMinutes(due, hours).closes);
  }
  const due = workingDayAfter(day, days, hours);
  const dueHours = workingMinutes(due, hours);
  return at(due, Math.min(Math.max(minute, dueHours.opens), dueHours.closes));
}

/** The business day a deadline falls on: one due at 24:00 is due that day, not the next. */
export function deadlineDay(dueAt: number): string {
  return businessDay(dueAt - 1);
}

/** A new date given with a delay notice (처리예정일): due at the end of that day. */
export function delayedDeadline(newDueDay: string): number {
  return endOfBusinessDay(newDueDay);
}

/**
 * A deadline as people read it: the day, and the time of day unless it runs to the end of the
 * day (whole-day periods and delay notices), when `time` is null.
 */
export function deadlineParts(dueAt: number): { day: string; time: string | null } {
  const day = deadlineDay(dueAt);
  if (dueAt === endOfBusinessDay(day)) return { day, time: null };
  const minutes = Math.floor((dueAt - startOfBusinessDay(day)) / MINUTE);
  return {
    day,
    time: `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
  };
}
