import { businessDay, startOfBusinessDay } from '../../shared/time/business-day';

const DAY = 24 * 60 * 60_000;

export type OpeningDay = { day: 'today' | 'tomorrow' | 'later'; time: string; date: string };

/** When the office opens, in Seoul wall-clock terms, relative to the hub's now ("내일 09:00"). */
export function openingDay(opensAt: number, now: number): OpeningDay {
  const opensDay = businessDay(opensAt);
  const today = businessDay(now);
  const tomorrow = businessDay(startOfBusinessDay(today) + DAY);
  const minute = Math.round((opensAt - startOfBusinessDay(opensDay)) / 60_000);
  const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  const day = opensDay === today ? 'today' : opensDay === tomorrow ? 'tomorrow' : 'later';
  return { day, time, date: opensDay };
}
