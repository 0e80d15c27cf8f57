import type { FastifyRequest } from 'fastify';
import { mayRead, type Readable } from '../../shared/contract/access';
import { HubError } from '../../shared/contract/errors';
import type { StaffRole } from '../../shared/contract/views';

/** Refuses a request unless it carries a session of `role` (or of a manager). */
export function requireRole(request: FastifyRequest, role: StaffRole): void {
  const actor = request.actor;
  if (actor?.kind === 'device' && actor.role !== 'staff') {
    throw new HubError('forbidden', `A ${actor.role} may not reach this.`);
  }
  if (actor?.kind !== 'staff') throw new HubError('sign_in_required', 'This needs a staff sign-in.');
  if (actor.role !== role && actor.role !== 'manager') {
    throw new HubError('forbidden', `This needs a ${role} sign-in.`);
  }
}

/** Refuses a read the requesting device's role does not include (a kiosk reading staff boards). */
export function requireRead(request: FastifyRequest, what: Readable): void {
  const actor = request.actor;
  if (actor === null) throw new HubError('device_not_paired', 'This PC is not paired with the hub.');
  if (!mayRead(what, actor)) {
    throw new HubError(
      'forbidden',
      `A ${actor.kind === 'device' ? actor.role : actor.kind} may not read this.`,
    );
  }
}
