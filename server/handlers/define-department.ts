import {
  deleteTask,
  departmentPrefixExists,
  getDepartment,
  insertDepartment,
  insertTask,
  listTasksOf,
  taskHasTickets,
  updateDepartment,
  updateTask,
} from '../../db/departments';
import type { Db } from '../../db/open-database';
import type { ParsedInput } from '../../shared/contract/commands';
import { HubError } from '../../shared/contract/errors';
import type { Task } from '../../shared/contract/views';
import type { Handler } from './handler';

type TaskInput = ParsedInput<'defineDepartment'>['tasks'][number];

/** Brings the department's tasks to `wanted`: edits those named by id, adds the rest, removes the missing. */
function replaceTasks(db: Db, departmentId: number, wanted: readonly TaskInput[]): Task[] {
  const existing = listTasksOf(db, departmentId);
  const kept = new Set<number>();
  for (const t of wanted) {
    if (t.id === undefined) continue;
    if (!existing.some((e) => e.id === t.id)) {
      throw new HubError('wrong_department', `Task ${t.id} is not a task of department ${departmentId}.`);
    }
    kept.add(t.id);
  }
  for (const gone of existing.filter((e) => !kept.has(e.id))) {
    if (taskHasTickets(db, gone.id)) {
      throw new HubError('task_in_use', `Tickets were issued for ${gone.nameEn}; it cannot be removed.`);
    }
    deleteTask(db, gone.id);
  }
  return wanted.map(({ id, ...fields }) =>
    id === undefined
      ? insertTask(db, { ...fields, departmentId })
      : updateTask(db, { ...fields, id, departmentId }),
  );
}

export const defineDepartment: Handler<'defineDepartment'> = (ctx, input) => {
  const { id, tasks: taskInputs, ...fields } = input;
  if (id !== undefined && !getDepartment(ctx.db, id)) {
    throw new HubError('department_not_found', `There is no department ${id}.`);
  }
  if (departmentPrefixExists(ctx.db, fields.prefix, id ?? null)) {
    throw new HubError('department_prefix_taken', `Ticket prefix ${fields.prefix} is already used.`);
  }
  if (id === undefined && taskInputs.some((t) => t.id !== undefined)) {
    throw new HubError('wrong_department', 'A new department has no tasks to edit yet.');
  }
  const department =
    id === undefined ? insertDepartment(ctx.db, fields) : updateDepartment(ctx.db, { ...fields, id });
  const tasks = replaceTasks(ctx.db, department.id, taskInputs);
  return { result: { department, tasks }, event: { type: 'departmentDefined', department, tasks } };
};
