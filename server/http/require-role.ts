import type { FastifyRequest } from 'fastify';
import { HubError } from '../../shared/contract/errors';
import type { StaffRole } from '../../shared/contract/views';
import type { Hub } from '../hub/hub';
import { bearerToken } from './bearer-token';

/** Refuses a request unless it carries a session of `role` (or of a manager). */
export function requireRole(hub: Hub, request: FastifyRequest, role: StaffRole): void {
  const actor = hub.actorFor(bearerToken(request));
  if (actor.kind !== 'staff') throw new HubError('sign_in_required', 'This needs a staff sign-in.');
  if (actor.role !== role && actor.role !== 'manager') {
    throw new HubError('forbidden', `This needs a ${role} sign-in.`);
  }
}
