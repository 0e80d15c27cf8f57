import { daysInRange, MAX_REPORT_DAYS } from '../contract/reports';
import { addDays } from '../time/business-day';

/** Business days `from` to `to` (YYYY-MM-DD), both included. */
export type DayRange = { from: string; to: string };

/** The first of the month to `today`: what a manager reads first. */
export function monthToDate(today: string): DayRange {
  return { from: `${today.slice(0, 7)}-01`, to: today };
}

/** The whole calendar month before the one `today` is in. */
export function previousMonth(today: string): DayRange {
  const lastDay = addDays(`${today.slice(0, 7)}-01`, -1);
  return { from: `${lastDay.slice(0, 7)}-01`, to: lastDay };
}

export type RangeProblem = 'invalid' | 'order' | 'tooLong';

/** A real calendar day as YYYY-MM-DD: 2026-02-30 is not one. */
function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const ms = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === text;
}

/** Why the hub would refuse this range for a summary (see `summaryRange`), or null if it reads it. */
export function rangeProblem(range: DayRange): RangeProblem | null {
  if (!isDay(range.from) || !isDay(range.to)) return 'invalid';
  if (range.to < range.from) return 'order';
  return daysInRange(range.from, range.to) > MAX_REPORT_DAYS ? 'tooLong' : null;
}
