import type { Holiday } from '../shared/contract/views';
import type { DayHours, OfficeHours } from '../shared/hours/office-hours';
import type { Db } from './open-database';
import { prepared } from './prepared';
import { cachedRead } from './read-cache';

export function getOfficeHours(db: Db): OfficeHours {
  return cachedRead(db, 'officeHours', ['office_hours', 'holidays'], () => readOfficeHours(db));
}

function readOfficeHours(db: Db): OfficeHours {
  const week = prepared<[], { weekday: number; opens_minute: number; closes_minute: number }>(
    db,
    'SELECT * FROM office_hours ORDER BY weekday',
  )
    .all()
    .map((r) => ({ weekday: r.weekday, opensMinute: r.opens_minute, closesMinute: r.closes_minute }));
  return { week, holidays: listHolidays(db).map((h) => h.day) };
}

export function replaceWeek(db: Db, week: readonly DayHours[]): void {
  prepared(db, 'DELETE FROM office_hours').run();
  const insert = prepared(
    db,
    'INSERT INTO office_hours (weekday, opens_minute, closes_minute) VALUES (?, ?, ?)',
  );
  for (const d of week) insert.run(d.weekday, d.opensMinute, d.closesMinute);
}

export function listHolidays(db: Db): Holiday[] {
  return prepared<[], { day: string; name_ko: string }>(db, 'SELECT * FROM holidays ORDER BY day')
    .all()
    .map((r) => ({ day: r.day, nameKo: r.name_ko }));
}

export function saveHoliday(db: Db, holiday: Holiday): void {
  prepared(
    db,
    'INSERT INTO holidays (day, name_ko) VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET name_ko = excluded.name_ko',
  ).run(holiday.day, holiday.nameKo);
}

export function deleteHoliday(db: Db, day: string): boolean {
  return prepared(db, 'DELETE FROM holidays WHERE day = ?').run(day).changes > 0;
}
