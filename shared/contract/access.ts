import type { CommandAccess } from './commands';
import type { DeviceRole } from './devices';
import type { StaffRole } from './views';

/**
 * Who is asking: the hub itself (setup, tests), the hub's own PC without a sign-in, a paired
 * device on the LAN, or a signed-in staff member. A request from the LAN with none of these
 * never gets this far (see `mayReach`).
 */
export type Actor =
  | { kind: 'system' }
  | { kind: 'anonymous' }
  | { kind: 'device'; deviceId: number; role: DeviceRole }
  | { kind: 'staff'; staffId: number; role: StaffRole; deskId: number | null };

/**
 * Public commands (taking a ticket, asking for an escort) are the kiosk's: the hub's own PC and
 * paired kiosks may send them, and staff may on a visitor's behalf. A display sends nothing.
 */
export function mayRun(access: CommandAccess, actor: Actor): boolean {
  if (actor.kind === 'system') return true;
  if (access === 'public') return actor.kind !== 'device' || actor.role === 'kiosk';
  return actor.kind === 'staff' && (actor.role === 'manager' || actor.role === access);
}

/** Desk staff act for the desk they signed in at; managers and the system for any desk. */
export function mayActForDesk(actor: Actor, deskId: number): boolean {
  if (actor.kind !== 'staff' || actor.role !== 'desk') return true;
  return actor.deskId === deskId;
}

/** The read models, the event stream, and the event log as a region receives it. */
export type Readable = 'office' | 'display' | 'staffBoards' | 'events' | 'regionFeed';

/**
 * A kiosk reads the office (departments, waits) and a display the call board; the boards that
 * name staff and show their notes (desk, guide) are for staff PCs, the hub's PC and sign-ins.
 * The region feed is for a paired region service alone, and that service reads nothing else:
 * its token may sit on a server outside the office.
 */
export function mayRead(what: Readable, actor: Actor): boolean {
  const region = actor.kind === 'device' && actor.role === 'region';
  if (what === 'regionFeed' || region) return region && what === 'regionFeed';
  if (actor.kind !== 'device') return true;
  switch (what) {
    case 'office':
    case 'events':
      return true;
    case 'display':
      return actor.role !== 'kiosk';
    case 'staffBoards':
      return actor.role === 'staff';
  }
}
