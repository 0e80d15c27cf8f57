import type { TFunction } from 'i18next';
import { deadlineParts } from '../../shared/cases/reply-deadline';
import { businessDay } from '../../shared/time/business-day';
import { businessDayParts } from '../desk/format-day';
import { formatTimeOfDay } from '../time/hub-time';

/** "2026년 11월 27일 (금) 15:00", or the day alone for a deadline that runs to its end. */
export function deadlineText(t: TFunction, dueAt: number, language: string): string {
  const { day, time } = deadlineParts(dueAt);
  const { date, weekday } = businessDayParts(day, language);
  return time === null
    ? t('cases.deadline.day', { date, weekday })
    : t('cases.deadline.at', { date, weekday, time });
}

/** When a step happened: "2026년 11월 23일 (월) 09:30" in the office's time zone. */
export function momentText(t: TFunction, at: number, language: string): string {
  const { date, weekday } = businessDayParts(businessDay(at), language);
  return t('cases.deadline.at', { date, weekday, time: formatTimeOfDay(at, language) });
}
