import { getDepartment } from '../../db/departments';
import { insertDesk } from '../../db/desks';
import { HubError } from '../../shared/contract/errors';
import type { Handler } from './handler';

export const defineDesk: Handler<'defineDesk'> = (ctx, input) => {
  if (!getDepartment(ctx.db, input.departmentId)) {
    throw new HubError('department_not_found', `There is no department ${input.departmentId}.`);
  }
  const desk = insertDesk(ctx.db, input);
  return { result: { desk }, event: { type: 'deskDefined', desk } };
};
