import { businessDay, startOfBusinessDay } from '../time/business-day';

/** Opening hours of one weekday (0 = Sunday … 6 = Saturday), as Seoul wall-clock minutes. */
export type DayHours = { weekday: number; opensMinute: number; closesMinute: number };

export type OfficeHours = {
  /**
   * Weekdays without an entry are closed. An office with no entries at all is open around the
   * clock (a choice the manager confirms), except on its holidays.
   */
  week: readonly DayHours[];
  /** Business days (YYYY-MM-DD) the office is closed, such as public holidays. */
  holidays: readonly string[];
};

export type OfficeStatus =
  | { open: true; closesAt: number | null }
  | { open: false; reason: 'afterHours' | 'holiday'; opensAt: number | null };

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** "09:00" ↔ 540. */
export function parseClockTime(text: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

export function formatClockTime(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** The hours of `day`; an office open around the clock opens at midnight every day. */
function hoursOn(hours: OfficeHours, day: string): DayHours | undefined {
  const weekday = weekdayOf(day);
  if (hours.week.length === 0) return { weekday, opensMinute: 0, closesMinute: 24 * 60 };
  return hours.week.find((h) => h.weekday === weekday);
}

function nextOpening(hours: OfficeHours, now: number): number | null {
  const today = businessDay(now);
  // Two weeks cover any weekly pattern plus a run of holidays such as 설날 or 추석.
  for (let offset = 0; offset < 15; offset++) {
    const day = businessDay(startOfBusinessDay(today) + offset * DAY);
    if (hours.holidays.includes(day)) continue;
    const dayHours = hoursOn(hours, day);
    if (!dayHours) continue;
    const opensAt = startOfBusinessDay(day) + dayHours.opensMinute * MINUTE;
    if (opensAt > now) return opensAt;
  }
  return null;
}

/** Whether the office is open at `now`, and when that changes. */
export function officeStatus(hours: OfficeHours, now: number): OfficeStatus {
  const today = businessDay(now);
  if (hours.holidays.includes(today))
    return { open: false, reason: 'holiday', opensAt: nextOpening(hours, now) };
  // Around the clock: no closing time to announce, though a holiday ahead will close it that day.
  if (hours.week.length === 0) return { open: true, closesAt: null };
  const minute = Math.floor((now - startOfBusinessDay(today)) / MINUTE);
  const dayHours = hoursOn(hours, today);
  if (dayHours && minute >= dayHours.opensMinute && minute < dayHours.closesMinute) {
    return { open: true, closesAt: startOfBusinessDay(today) + dayHours.closesMinute * MINUTE };
  }
  return { open: false, reason: 'afterHours', opensAt: nextOpening(hours, now) };
}
