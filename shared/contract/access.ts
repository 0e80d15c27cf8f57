import type { CommandAccess } from './commands';
import type { StaffRole } from './views';

/** Who is asking: the hub itself (setup, tests), anyone at a kiosk, or a signed-in staff member. */
export type Actor =
  | { kind: 'system' }
  | { kind: 'anonymous' }
  | { kind: 'staff'; staffId: number; role: StaffRole; deskId: number | null };

export function mayRun(access: CommandAccess, actor: Actor): boolean {
  if (actor.kind === 'system' || access === 'public') return true;
  if (actor.kind === 'anonymous') return false;
  return actor.role === 'manager' || actor.role === access;
}

/** Desk staff act for the desk they signed in at; managers and the system for any desk. */
export function mayActForDesk(actor: Actor, deskId: number): boolean {
  if (actor.kind !== 'staff' || actor.role !== 'desk') return true;
  return actor.deskId === deskId;
}
