import { getDepartment, setDepartmentAccepting as saveAccepting } from '../../db/departments';
import { deleteHoliday, getOfficeHours, listHolidays, replaceWeek, saveHoliday } from '../../db/office-hours';
import type { Db } from '../../db/open-database';
import { HubError } from '../../shared/contract/errors';
import { parseClockTime } from '../../shared/hours/office-hours';
import type { Handler } from './handler';

/** The hours after a change, with the holidays' names for the manager's list. */
function hoursChanged(db: Db) {
  const hours = getOfficeHours(db);
  const holidays = listHolidays(db);
  return { result: { hours, holidays }, event: { type: 'officeHoursSet' as const, hours, holidays } };
}

const toMinute = (time: string): number => (time === '24:00' ? 24 * 60 : parseClockTime(time)!);

export const setOfficeHours: Handler<'setOfficeHours'> = (ctx, input) => {
  replaceWeek(
    ctx.db,
    input.week.map((d) => ({
      weekday: d.weekday,
      opensMinute: toMinute(d.opens),
      closesMinute: toMinute(d.closes),
    })),
  );
  return hoursChanged(ctx.db);
};

export const setHoliday: Handler<'setHoliday'> = (ctx, input) => {
  saveHoliday(ctx.db, input);
  return hoursChanged(ctx.db);
};

export const removeHoliday: Handler<'removeHoliday'> = (ctx, input) => {
  if (!deleteHoliday(ctx.db, input.day))
    throw new HubError('holiday_not_found', `${input.day} is not a holiday.`);
  return hoursChanged(ctx.db);
};

export const setDepartmentAccepting: Handler<'setDepartmentAccepting'> = (ctx, input) => {
  if (!getDepartment(ctx.db, input.departmentId)) {
    throw new HubError('department_not_found', `There is no department ${input.departmentId}.`);
  }
  saveAccepting(ctx.db, input.departmentId, input.accepting);
  const department = getDepartment(ctx.db, input.departmentId)!;
  return { result: { department }, event: { type: 'departmentAcceptingSet', department } };
};
