import { getDepartment } from '../../db/departments';
import { endSessionsOfStaff } from '../../db/sessions';
import {
  countManagers,
  getStaff,
  insertStaff,
  staffLoginExists,
  updatePinHash,
  updateStaff,
} from '../../db/staff';
import { HubError } from '../../shared/contract/errors';
import type { Handler } from './handler';

export const defineStaff: Handler<'defineStaff'> = (ctx, input) => {
  const { id, pin, ...fields } = input;
  const before = id === undefined ? null : getStaff(ctx.db, id);
  if (id !== undefined && !before) throw new HubError('staff_not_found', `There is no staff member ${id}.`);
  if (fields.departmentId !== null && !getDepartment(ctx.db, fields.departmentId)) {
    throw new HubError('department_not_found', `There is no department ${fields.departmentId}.`);
  }
  if (staffLoginExists(ctx.db, fields.login, id ?? null)) {
    throw new HubError('staff_login_taken', `Staff id ${fields.login} is already used.`);
  }
  if (!before) {
    // The schema asks a new staff member for a PIN.
    const staff = insertStaff(ctx.db, fields, ctx.hashPin(pin!));
    return { result: { staff }, event: { type: 'staffDefined', staff } };
  }
  if (before.role === 'manager' && fields.role !== 'manager' && countManagers(ctx.db) === 1) {
    throw new HubError('last_manager', `${before.name} is the only manager; name another one first.`);
  }
  const staff = updateStaff(ctx.db, { ...fields, id: before.id });
  if (pin !== undefined) updatePinHash(ctx.db, staff.id, ctx.hashPin(pin));
  // A new role, PIN or set of desks takes effect at the next sign-in, never inside a session begun
  // under the old one: taken off other departments' desks, a clerk signed in at one is signed out.
  const desksChanged =
    staff.departmentId !== before.departmentId || staff.otherDepartments !== before.otherDepartments;
  if (pin !== undefined || staff.role !== before.role || desksChanged) {
    endSessionsOfStaff(ctx.db, staff.id, ctx.now);
  }
  return { result: { staff }, event: { type: 'staffDefined', staff } };
};
