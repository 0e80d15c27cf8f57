import { departmentPrefixExists, insertDepartment, insertTask } from '../../db/departments';
import { HubError } from '../../shared/contract/errors';
import type { Handler } from './handler';

export const defineDepartment: Handler<'defineDepartment'> = (ctx, input) => {
  const { tasks: taskInputs, ...fields } = input;
  if (departmentPrefixExists(ctx.db, fields.prefix)) {
    throw new HubError('department_prefix_taken', `Ticket prefix ${fields.prefix} is already used.`);
  }
  const department = insertDepartment(ctx.db, fields);
  const tasks = taskInputs.map((t) => insertTask(ctx.db, { ...t, departmentId: department.id }));
  return { result: { department, tasks }, event: { type: 'departmentDefined', department, tasks } };
};
