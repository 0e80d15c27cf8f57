import { endSessionsOfStaff } from '../../db/sessions';
import { getStaff, updatePinHash } from '../../db/staff';
import { HubError } from '../../shared/contract/errors';
import type { Handler } from './handler';

export const resetStaffPin: Handler<'resetStaffPin'> = (ctx, input) => {
  const staff = getStaff(ctx.db, input.staffId);
  if (!staff) throw new HubError('staff_not_found', `There is no staff member ${input.staffId}.`);
  updatePinHash(ctx.db, staff.id, ctx.hashPin(input.pin));
  endSessionsOfStaff(ctx.db, staff.id, ctx.now);
  return { result: { staffId: staff.id }, event: { type: 'staffPinReset', staffId: staff.id } };
};
