import type { CommandAccess } from './commands';
import type { DeviceRole } from './devices';
import type { StaffRole } from './views';

/**
 * Who is asking: the hub itself (its own setup, seeding and tests — never an HTTP request), the
 * hub's own PC without a sign-in, a paired device on the LAN (a region service is one, paired with
 * the role `region`), or a signed-in staff member.
 */
export type Actor =
  | { kind: 'system' }
  | { kind: 'hubPc' }
  | { kind: 'device'; deviceId: number; role: DeviceRole }
  | { kind: 'staff'; staffId: number; role: StaffRole; deskId: number | null };

/** Whom an HTTP request can come from: anybody but the hub itself. */
export type RequestActor = Exclude<Actor, { kind: 'system' }>;

/**
 * The columns of the access table: every kind of caller a route may admit. A stranger on the LAN
 * (no pairing, no sign-in) is none of these; only routes open to `anyone` admit one.
 */
export const callers = [
  'hubPc',
  'kiosk',
  'display',
  'staffPc',
  'desk',
  'guide',
  'manager',
  'region',
] as const;
export type Caller = (typeof callers)[number];

/** Who may call a route: a list of callers, or `anyone`, which includes a stranger on the LAN. */
export type Audience = 'anyone' | readonly Caller[];

export function callerOf(actor: RequestActor): Caller {
  switch (actor.kind) {
    case 'hubPc':
      return actor.kind;
    case 'device':
      return actor.role === 'staff' ? 'staffPc' : actor.role;
    case 'staff':
      return actor.role;
  }
}

/** The audiences the tables are written with. */
export const STAFF = ['desk', 'guide', 'manager'] as const satisfies Caller[];
export const MANAGERS = ['manager'] as const satisfies Caller[];
/** Every PC of the office that is known to the hub: its own, paired devices, sign-ins. */
export const OFFICE_PCS = ['hubPc', 'kiosk', 'display', 'staffPc', ...STAFF] as const satisfies Caller[];
/** Where a ticket is taken: the kiosk (on the hub's PC or paired), or staff for a visitor. */
export const TICKET_TAKERS = ['hubPc', 'kiosk', ...STAFF] as const satisfies Caller[];
/** Screens that show the call board: every office PC but a kiosk. */
export const CALL_BOARD = ['hubPc', 'display', 'staffPc', ...STAFF] as const satisfies Caller[];
/** The boards that name staff and show their notes: staff PCs, the hub's PC and sign-ins. */
export const STAFF_SIDE = ['hubPc', 'staffPc', ...STAFF] as const satisfies Caller[];
export const HUB_PC = ['hubPc'] as const satisfies Caller[];

/** Who may send a command of each access level; a manager may send every command. */
export const commandAudience: Record<CommandAccess, readonly Caller[]> = {
  public: TICKET_TAKERS,
  desk: ['desk', 'manager'],
  guide: ['guide', 'manager'],
  manager: MANAGERS,
};

/** Whether `actor` (null: a stranger on the LAN) may call a route open to `audience`. */
export function mayCall(audience: Audience, actor: RequestActor | null): boolean {
  if (audience === 'anyone') return true;
  return actor !== null && audience.includes(callerOf(actor));
}

export type Refusal = 'device_not_paired' | 'sign_in_required' | 'local_only' | 'forbidden';

/**
 * What a refused caller is told: a stranger to pair first; a PC where someone could sign in
 * (the hub's own, a staff PC) that this needs a sign-in; anyone else that this is not theirs.
 */
export function refusalOf(audience: Exclude<Audience, 'anyone'>, actor: RequestActor | null): Refusal {
  if (actor === null) return 'device_not_paired';
  if (audience.length === 1 && audience[0] === 'hubPc') return 'local_only';
  const caller = callerOf(actor);
  const staffMay = audience.some((c) => c === 'desk' || c === 'guide' || c === 'manager');
  return staffMay && (caller === 'hubPc' || caller === 'staffPc') ? 'sign_in_required' : 'forbidden';
}

/** Whether the hub itself or `actor` may send a command of `access`. */
export function mayRun(access: CommandAccess, actor: Actor): boolean {
  return actor.kind === 'system' || mayCall(commandAudience[access], actor);
}

/** Desk staff act for the desk they signed in at; managers and the system for any desk. */
export function mayActForDesk(actor: Actor, deskId: number): boolean {
  if (actor.kind !== 'staff' || actor.role !== 'desk') return true;
  return actor.deskId === deskId;
}

/**
 * Kiosks and wall displays stand where visitors can reach them: they receive lobby views and
 * lobby events only, whoever else uses the same routes.
 */
export function isLobby(actor: RequestActor): boolean {
  return actor.kind === 'device' && (actor.role === 'kiosk' || actor.role === 'display');
}
