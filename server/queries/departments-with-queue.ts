import { listDepartmentsWithQueue } from '../../db/departments';
import { listAwayDesks } from '../../db/desk-away';
import { listDesks } from '../../db/desks';
import type { Db } from '../../db/open-database';
import { recentServiceTimes } from '../../db/tickets';
import type { DepartmentWithQueue } from '../../shared/contract/views';
import { estimateWaitMs } from '../../shared/queue/estimate-wait';

const SERVICE_TIMES_CONSIDERED = 20;

/** Every department with what a visitor wants to know before taking a ticket. */
export function departmentsWithQueue(db: Db, day: string): DepartmentWithQueue[] {
  const away = new Set(listAwayDesks(db).map((a) => a.deskId));
  const desks = listDesks(db);
  return listDepartmentsWithQueue(db, day).map((department) => {
    const serving = desks.filter((d) => d.departmentId === department.id && !away.has(d.id)).length;
    const times = recentServiceTimes(db, department.id, day, SERVICE_TIMES_CONSIDERED);
    return { ...department, estimatedWaitMs: estimateWaitMs(department.waiting, times, serving) };
  });
}
