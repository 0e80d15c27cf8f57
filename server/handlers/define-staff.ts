import { insertStaff, staffLoginExists } from '../../db/staff';
import { HubError } from '../../shared/contract/errors';
import { hashPin } from '../auth/pin-hash';
import type { Handler } from './handler';

export const defineStaff: Handler<'defineStaff'> = (ctx, input) => {
  const { pin, ...fields } = input;
  if (staffLoginExists(ctx.db, fields.login)) {
    throw new HubError('staff_login_taken', `Staff id ${fields.login} is already used.`);
  }
  const staff = insertStaff(ctx.db, fields, hashPin(pin));
  return { result: { staff }, event: { type: 'staffDefined', staff } };
};
