import { getDepartment } from '../../db/departments';
import { insertDesk, updateDesk } from '../../db/desks';
import { HubError } from '../../shared/contract/errors';
import type { Handler } from './handler';
import { requireDesk } from './rules';

export const defineDesk: Handler<'defineDesk'> = (ctx, input) => {
  const { id, ...fields } = input;
  if (!getDepartment(ctx.db, fields.departmentId)) {
    throw new HubError('department_not_found', `There is no department ${fields.departmentId}.`);
  }
  if (id !== undefined) requireDesk(ctx.db, id);
  const desk = id === undefined ? insertDesk(ctx.db, fields) : updateDesk(ctx.db, { ...fields, id });
  return { result: { desk }, event: { type: 'deskDefined', desk } };
};
